/** The S3 backend: a bucket or prefix on AWS S3 or an S3-compatible service, mounted as a filesystem. */
export { resolvePreset, type S3Preset, type S3PresetSettings, type S3Provider } from './presets.js';
export { S3_CAPABILITIES, s3Capabilities } from './s3-capabilities.js';
export type { S3Credentials, S3CredentialsInput } from './s3-connection.js';
export { s3ErrorToFsError } from './s3-errors.js';
export { S3Resource, type S3ResourceOptions } from './s3-resource.js';
