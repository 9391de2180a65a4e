/**
 * Bound pipeline stages: what a pipeline becomes once its words are expanded.
 * Rules rewrite these; the executor runs them; EXPLAIN prints them.
 */
import type { ResourceCapabilities } from '../core/resource.js';
import type { PlanNode } from './plan.js';

/** Run a command (builtin, function or registered command) with this argv. */
export interface ExecOp {
  readonly op: 'exec';
  readonly argv: readonly string[];
  readonly node: PlanNode;
}

/** Stream a byte range of one file straight to stdout. `fallback` reproduces errors exactly. */
export interface ReadOp {
  readonly op: 'read';
  /** Absolute virtual path. */
  readonly path: string;
  readonly start: number;
  /** Exclusive end, or null for end of file. */
  readonly end: number | null;
  /** The command this read replaced; run instead when the read fails before any byte. */
  readonly fallback: ExecOp;
  /** Name of the rule that produced it. */
  readonly rule: string;
}

/** A pipeline stage after binding. */
export type BoundStage = ExecOp | ReadOp;

/** A mount as rules see it: no I/O, only data. */
export interface MountView {
  readonly mountPath: string;
  readonly kind: string;
  readonly capabilities: ResourceCapabilities;
}

/** What rules may ask about the world: pure lookups, never I/O. */
export interface RuleEnv {
  readonly cwd: string;
  /** The mount serving an absolute path, or null. */
  mountOf(path: string): MountView | null;
  /** True when `name` runs the built-in command (no function or builtin shadows it). */
  isBuiltinCommand(name: string): boolean;
}

/** One line describing a stage, for EXPLAIN. */
export function describeStage(stage: BoundStage, env: RuleEnv): string {
  if (stage.op === 'read') {
    const m = env.mountOf(stage.path);
    const range = `bytes=${stage.start}..${stage.end === null ? 'EOF' : stage.end}`;
    return `Read ${stage.path} ${range} [${m?.kind ?? 'none'}]  <- ${stage.rule} (was: ${stage.fallback.argv.join(' ')})`;
  }
  return `Exec ${stage.argv.map(shellWord).join(' ')}`;
}

function shellWord(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
