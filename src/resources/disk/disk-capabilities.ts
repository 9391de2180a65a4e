/** What a disk mount can do: ranged reads and symlinks, at no cost. */
import type { ResourceCapabilities } from '../../core/resource.js';

/** Capabilities of a writable disk mount. */
export const DISK_CAPABILITIES: ResourceCapabilities = {
  rangedRead: true,
  writable: true,
  symlinks: true,
  listPrefix: false,
  cost: { perRequestUsd: 0, egressUsdPerByte: 0, latencyMs: 0 },
};

/** Capabilities of a read-only disk mount. */
export const DISK_READ_ONLY_CAPABILITIES: ResourceCapabilities = { ...DISK_CAPABILITIES, writable: false };
