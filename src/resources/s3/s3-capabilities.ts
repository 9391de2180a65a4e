/** What an S3 mount can do: ranged reads and prefix listings, no symlinks, at per-request prices. */
import type { CostFigures, ResourceCapabilities } from '../../core/resource.js';
import { AWS_S3_COST } from './presets.js';

/** Capabilities of an S3 mount with the given prices (AWS S3 Standard when none are given). */
export function s3Capabilities(writable: boolean, cost: CostFigures = AWS_S3_COST): ResourceCapabilities {
  return { rangedRead: true, writable, symlinks: false, listPrefix: true, cost };
}

/** Capabilities of a writable mount on AWS S3. */
export const S3_CAPABILITIES: ResourceCapabilities = s3Capabilities(true);
