/** The disk backend: a host directory mounted read-write or read-only, confined to its root. */
export { DISK_CAPABILITIES, DISK_READ_ONLY_CAPABILITIES } from './disk-capabilities.js';
export { DiskResource, type DiskResourceOptions } from './disk-resource.js';
