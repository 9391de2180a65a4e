/** The Redis backend: a filesystem stored in Redis keys (layout in redis-keys.ts). */
export { REDIS_CAPABILITIES, REDIS_READ_ONLY_CAPABILITIES } from './redis-capabilities.js';
export { DEFAULT_KEY_PREFIX, KEY_KIND, RedisKeys } from './redis-keys.js';
export { RedisResource, type RedisResourceOptions } from './redis-resource.js';
