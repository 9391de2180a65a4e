/**
 * Test helpers for streaming commands: a source that counts what was pulled
 * from it, a RAM resource that counts bytes read, and a runner that takes any
 * stdin source and stdout sink (the shared harness takes strings only).
 */
import { COMMANDS } from '../../../src/commands/registry.js';
import type { CommandContext } from '../../../src/core/command.js';
import { type ByteSink, type ByteSource, CollectSink, EMPTY_SOURCE } from '../../../src/core/io.js';
import { resolvePath } from '../../../src/core/path.js';
import type { ReadOptions } from '../../../src/core/resource.js';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import type { MountTable } from '../../../src/workspace/mount-table.js';

/** An endless source of `chunk` that records how many chunks were pulled and whether it was closed. */
export class CountingSource implements ByteSource {
  pulled = 0;
  closed = false;
  constructor(
    private readonly chunk: Uint8Array,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: async () => {
        if (this.pulled >= this.limit) return { done: true, value: undefined };
        this.pulled++;
        return { done: false, value: this.chunk };
      },
      return: async () => {
        this.closed = true;
        return { done: true, value: undefined };
      },
    };
  }
}

/** A RAM resource that counts the bytes and chunks its reads hand out. */
export class CountingRAM extends RAMResource {
  bytesRead = 0;
  chunksRead = 0;
  override read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    const inner = super.read(path, opts);
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const c of inner) {
          self.bytesRead += c.length;
          self.chunksRead++;
          yield c;
        }
      },
    };
  }
}

/** Runs a registered command with the given streams (real MountTable, real commands for exec). */
export async function runWith(
  fs: MountTable,
  argv: readonly string[],
  io: { stdin?: ByteSource; stdout?: ByteSink; signal?: AbortSignal; env?: Record<string, string> } = {},
): Promise<{ exitCode: number; stderr: string }> {
  const stderr = new CollectSink();
  const run = (args: readonly string[], stdin: ByteSource, stdout: ByteSink, signal: AbortSignal): Promise<number> => {
    const cmd = COMMANDS.get(args[0]);
    if (!cmd) throw new Error(`no such command: ${args[0]}`);
    const ctx: CommandContext = {
      name: args[0],
      args: args.slice(1),
      cwd: '/',
      env: io.env ?? {},
      fs,
      signal,
      stdin,
      stdout,
      stderr,
      resolve: (p) => resolvePath('/', p),
      exec: (nested, o = {}) => run(nested, o.stdin ?? stdin, o.stdout ?? stdout, o.signal ?? signal),
      lookup: (name) => (COMMANDS.has(name) ? 'command' : null),
    };
    return cmd.run(ctx);
  };
  const exitCode = await run(
    argv,
    io.stdin ?? EMPTY_SOURCE,
    io.stdout ?? new CollectSink(),
    io.signal ?? new AbortController().signal,
  );
  return { exitCode, stderr: stderr.text() };
}
