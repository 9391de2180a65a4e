/** The RAM backend: a filesystem held in memory. */
export { RAM_CAPABILITIES } from './ram-capabilities.js';
export { RAMResource, type RAMResourceOptions } from './ram-resource.js';
