/**
 * Runs the jq command directly on a RAM mount table (the shared command harness
 * loads every command; jq's tests need only this one).
 */
import { jq } from '../../../src/commands/jq/jq.js';
import type { CommandContext } from '../../../src/core/command.js';
import { CollectSink, sourceOf } from '../../../src/core/io.js';
import { resolvePath } from '../../../src/core/path.js';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { MountTable } from '../../../src/workspace/mount-table.js';

/** What a jq run produced. */
export interface JqResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `jq ...args` with the given stdin and files (paths relative to `/`). */
export async function runJq(
  args: readonly string[],
  opts: {
    stdin?: string | Uint8Array | AsyncIterable<Uint8Array>;
    files?: Record<string, string>;
    env?: Record<string, string>;
  } = {},
): Promise<JqResult> {
  const fs = new MountTable({ '/': new RAMResource() });
  for (const [path, text] of Object.entries(opts.files ?? {})) await fs.writeFile(resolvePath('/', path), text);
  const stdout = new CollectSink();
  const stderr = new CollectSink();
  const stdin =
    opts.stdin === undefined
      ? sourceOf('')
      : typeof opts.stdin === 'string' || opts.stdin instanceof Uint8Array
        ? sourceOf(opts.stdin)
        : opts.stdin;
  const ctx: CommandContext = {
    name: 'jq',
    args,
    cwd: '/',
    env: opts.env ?? {},
    fs,
    signal: new AbortController().signal,
    stdin,
    stdout,
    stderr,
    resolve: (p) => resolvePath('/', p),
    exec: async () => 127,
    lookup: () => null,
  };
  const exitCode = await jq.run(ctx);
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

/** The outputs of a filter on one JSON input, compact, one per line. */
export async function outputs(filter: string, input = 'null'): Promise<string> {
  const r = await runJq(['-c', filter], { stdin: input });
  if (r.exitCode !== 0) throw new Error(`jq ${filter} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}
