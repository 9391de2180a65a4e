/** What a Redis mount can do: ranged reads (GETRANGE) and symlinks, on a self-hosted server. */
import type { ResourceCapabilities } from '../../core/resource.js';

/** Capabilities of a writable Redis mount: no per-request price, sub-millisecond round trips. */
export const REDIS_CAPABILITIES: ResourceCapabilities = {
  rangedRead: true,
  writable: true,
  symlinks: true,
  listPrefix: false,
  cost: { perRequestUsd: 0, egressUsdPerByte: 0, latencyMs: 0.2 },
};

/** Capabilities of a read-only Redis mount. */
export const REDIS_READ_ONLY_CAPABILITIES: ResourceCapabilities = { ...REDIS_CAPABILITIES, writable: false };
