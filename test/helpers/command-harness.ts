/**
 * Runs one command directly (no shell) against a mount table, for command unit
 * tests. Real parts only: a real MountTable over real RAM (or disk) resources.
 */

import { COMMANDS } from '../../src/commands/registry.js';
import type { CommandContext, ExecOptions } from '../../src/core/command.js';
import { CollectSink, EMPTY_SOURCE, sourceOf } from '../../src/core/io.js';
import { resolvePath } from '../../src/core/path.js';
import type { Resource } from '../../src/core/resource.js';
import { RAMResource } from '../../src/resources/ram/ram-resource.js';
import { MountTable } from '../../src/workspace/mount-table.js';

/** What a command run produced. */
export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Uint8Array;
}

/** A mount table with a fresh RAM resource at '/' unless mounts are given. */
export function makeFs(mounts?: Record<string, Resource>): MountTable {
  return new MountTable(mounts ?? { '/': new RAMResource() });
}

/** Runs argv[0] with argv[1..] on `fs` with the given stdin and cwd. */
export async function runCommand(
  fs: MountTable,
  argv: readonly string[],
  opts: { stdin?: string | Uint8Array; cwd?: string; env?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<RunResult> {
  const stdout = new CollectSink();
  const stderr = new CollectSink();
  const exitCode = await runInto(fs, argv, {
    stdin: opts.stdin === undefined ? EMPTY_SOURCE : sourceOf(opts.stdin),
    stdout,
    stderr,
    env: opts.env,
    signal: opts.signal,
    cwd: opts.cwd ?? '/',
  });
  return { exitCode, stdout: stdout.text(), stderr: stderr.text(), stdoutBytes: stdout.bytes() };
}

async function runInto(fs: MountTable, argv: readonly string[], io: ExecOptions & { cwd: string }): Promise<number> {
  const cmd = COMMANDS.get(argv[0]);
  if (!cmd) throw new Error(`no such command in the registry: ${argv[0]}`);
  const env = io.env ?? {};
  const signal = io.signal ?? new AbortController().signal;
  const ctx: CommandContext = {
    name: argv[0],
    args: argv.slice(1),
    cwd: io.cwd,
    env,
    fs,
    signal,
    stdin: io.stdin ?? EMPTY_SOURCE,
    stdout: io.stdout ?? new CollectSink(),
    stderr: io.stderr ?? new CollectSink(),
    resolve: (p) => resolvePath(io.cwd, p),
    exec: (nested, o = {}) =>
      runInto(fs, nested, {
        cwd: io.cwd,
        env: o.env ?? env,
        stdin: o.stdin ?? ctx.stdin,
        stdout: o.stdout ?? ctx.stdout,
        stderr: o.stderr ?? ctx.stderr,
        signal: o.signal ?? signal,
      }),
    lookup: (name) => (COMMANDS.has(name) ? 'command' : null),
  };
  return cmd.run(ctx);
}
