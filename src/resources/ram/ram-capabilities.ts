/** What a RAM mount can do: everything, at no cost. */
import type { ResourceCapabilities } from '../../core/resource.js';

/** Capabilities of a writable RAM mount (a read-only one copies them with writable: false). */
export const RAM_CAPABILITIES: ResourceCapabilities = {
  rangedRead: true,
  writable: true,
  symlinks: true,
  listPrefix: false,
  cost: { perRequestUsd: 0, egressUsdPerByte: 0, latencyMs: 0 },
};
