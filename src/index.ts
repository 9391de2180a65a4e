/** Mirage's SDK: mount backends in one tree and drive them with bash. */

export type { Command, CommandContext } from './core/command.js';
export type { ErrnoCode } from './core/errors.js';
export { FsError } from './core/errors.js';
export type {
  DirEntry,
  FileStat,
  ReadOptions,
  Resource,
  ResourceCapabilities,
  WriteHandle,
  WriteOptions,
} from './core/resource.js';
export type { OnExceed, Safeguard, SafeguardConfig } from './core/safeguards.js';
export { RULE_NAMES } from './planner/rules/driver.js';
export type { DiskResourceOptions } from './resources/disk/index.js';
export { DiskResource } from './resources/disk/index.js';
export type { RAMResourceOptions } from './resources/ram/index.js';
export { RAMResource } from './resources/ram/index.js';
export { RedisResource, type RedisResourceOptions } from './resources/redis/index.js';
export { S3Resource, type S3ResourceOptions } from './resources/s3/index.js';
export type {
  CommandScope,
  CustomContext,
  CustomExecResult,
  CustomHandler,
  CustomOutput,
  CustomPath,
  CustomResult,
} from './workspace/custom-commands.js';
export { WorkspaceFs } from './workspace/fs-facade.js';
export type { HistoryEntry } from './workspace/history.js';
export type { JobInfo, JobResult, JobStatus } from './workspace/jobs.js';
export { MountTable } from './workspace/mount-table.js';
export type {
  ExecuteOptions,
  ExecuteResult,
  SessionInfo,
  SessionOptions,
  WorkspaceOptions,
} from './workspace/workspace.js';
export { DEFAULT_SESSION, Workspace } from './workspace/workspace.js';
