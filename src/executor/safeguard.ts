/**
 * Enforcement of safeguards on a command line whose output reaches the caller:
 * a counting sink that stops the command (as a closed pipe does, so upstream
 * reads stop too) and an optional timeout, then the notice and status the
 * safeguard prescribes.
 */
import { BrokenPipeError } from '../core/errors.js';
import type { ByteSink } from '../core/io.js';
import { resolvePath } from '../core/path.js';
import { findSafeguard, type Safeguard } from '../core/safeguards.js';
import type { FdTable } from './fds.js';
import type { Shell } from './interp.js';

/** Counts lines and bytes; past a limit it writes what fits and then acts as a closed pipe. */
export class CappedSink implements ByteSink {
  lines = 0;
  bytes = 0;
  tripped: 'lines' | 'bytes' | null = null;

  constructor(
    private readonly inner: ByteSink,
    private readonly maxLines: number,
    private readonly maxBytes: number,
  ) {}

  async write(chunk: Uint8Array): Promise<void> {
    if (this.tripped) throw new BrokenPipeError();
    if (chunk.length === 0) return;
    if (this.lines >= this.maxLines) {
      this.tripped = 'lines';
      throw new BrokenPipeError();
    }
    let end = chunk.length;
    if (this.bytes + end > this.maxBytes) {
      end = this.maxBytes - this.bytes;
      this.tripped = 'bytes';
    }
    for (let at = 0; ; ) {
      const nl = chunk.indexOf(0x0a, at);
      if (nl < 0 || nl >= end) break;
      if (++this.lines === this.maxLines) {
        if (nl + 1 < end) {
          end = nl + 1;
          this.tripped = 'lines';
        }
        break;
      }
      at = nl + 1;
    }
    if (end > 0) await this.inner.write(end === chunk.length ? chunk : chunk.subarray(0, end));
    this.bytes += end;
    if (this.tripped) throw new BrokenPipeError();
  }
}

/** A safeguard in force around one command line. */
export interface GuardScope {
  readonly fds: FdTable;
  readonly signal: AbortSignal;
  /** Turns the command's status into the safeguard's, writing the notice when it fired. */
  finish(status: number): Promise<number>;
}

/** The mount of the first operand that names a path under a mount, for per-mount safeguards. */
function operandMount(sh: Shell, argv: readonly string[]): string | null {
  for (const a of argv.slice(1)) {
    if (a.startsWith('-') || a === '') continue;
    const r = sh.fs.resolve(resolvePath(sh.state.cwd, a));
    if (r && r.mount.path !== '/') return r.mount.path;
  }
  return null;
}

/**
 * Sets up the safeguard for `argv` when its output goes straight to the caller;
 * null when none applies (output redirected or piped, or no limits).
 */
export function guardOutput(sh: Shell, argv: readonly string[], fds: FdTable): GuardScope | null {
  const out = fds.get(1)?.sink;
  if (!out || out !== sh.x.opts.stdout) return null;
  const name = argv[0].slice(argv[0].lastIndexOf('/') + 1);
  const found = findSafeguard(sh.x.host.safeguards, name, operandMount(sh, argv));
  if (!found) return null;
  return startScope(sh, name, found.guard, found.configured, fds, out);
}

function startScope(
  sh: Shell,
  name: string,
  g: Safeguard,
  configured: boolean,
  fds: FdTable,
  out: ByteSink,
): GuardScope {
  const capped = g.maxLines !== undefined || g.maxBytes !== undefined;
  const sink = capped
    ? new CappedSink(out, g.maxLines ?? Number.POSITIVE_INFINITY, g.maxBytes ?? Number.POSITIVE_INFINITY)
    : null;
  const table = new Map(fds);
  if (sink) table.set(1, { sink });
  const timer = g.timeoutSeconds ? AbortSignal.timeout(g.timeoutSeconds * 1000) : null;
  const signal = timer ? AbortSignal.any([sh.signal, timer]) : sh.signal;
  const source = configured ? 'safeguard' : 'default safeguard';
  return {
    fds: table,
    signal,
    async finish(status) {
      if (timer?.aborted && !sh.x.opts.signal.aborted) {
        await sh.error(`${name}: stopped after ${g.timeoutSeconds}s (${source} timeout_seconds)`);
        return 124;
      }
      if (!sink?.tripped) return status;
      const limit = sink.tripped === 'lines' ? `${g.maxLines} lines` : `${g.maxBytes} bytes`;
      if ((g.onExceed ?? 'truncate') === 'error') {
        await sh.error(`output of ${name} exceeded ${limit} (${source}); stopped`);
        return 1;
      }
      await sh.error(
        `output of ${name} truncated at ${limit} (${source}); narrow the read with head, tail, grep or sed -n 'START,ENDp'`,
      );
      return 0;
    },
  };
}
