/** xargs: build and execute command lines from standard input. */
import type { CommandContext } from '../../core/command.js';
import { EXIT_NOT_FOUND, EXIT_SIGPIPE } from '../../core/command.js';
import { FsError, UsageError } from '../../core/errors.js';
import { type ByteSource, EMPTY_SOURCE, writeText } from '../../core/io.js';
import { LOOP_YIELD_EVERY, XARGS_MAX_LINE_BYTES } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { yieldToEventLoop } from './event-loop.js';
import { canRun } from './run-argv.js';
import { delimitedItems, quotedItems, XargsInputError, type XargsItem } from './xargs-input.js';
import { XARGS_FLAGS, XARGS_HELP, type XargsOptions, xargsOptions } from './xargs-options.js';

/** Thrown to stop everything with a final status (255 from a command, a missing command). */
class XargsStop extends Error {
  constructor(readonly status: number) {
    super(`xargs stopped with ${status}`);
  }
}

/** Runs command lines, up to `procs` at a time, and remembers how they ended. */
class Runner {
  failed = false;
  private readonly running = new Set<Promise<void>>();
  constructor(
    private readonly ctx: CommandContext,
    private readonly o: XargsOptions,
  ) {}

  async run(argv: readonly string[]): Promise<void> {
    const ctx = this.ctx;
    ctx.signal.throwIfAborted();
    if (this.o.verbose) await writeText(ctx.stderr, `${argv.map((a) => quote(a)).join(' ')}\n`);
    if (!canRun(ctx, argv[0])) {
      await writeText(ctx.stderr, `xargs: ${argv[0]}: No such file or directory\n`);
      throw new XargsStop(EXIT_NOT_FOUND);
    }
    const limit = this.o.procs === 0 ? Number.POSITIVE_INFINITY : this.o.procs;
    while (this.running.size >= limit) await Promise.race(this.running);
    // The commands get an empty standard input: xargs itself is reading it.
    const job = ctx.exec(argv, { stdin: EMPTY_SOURCE }).then((status) => this.settle(argv[0], status));
    const tracked = job.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    if (limit === 1) await tracked;
  }

  private async settle(name: string, status: number): Promise<void> {
    if (status === 0) return;
    if (status === 255) {
      await writeText(this.ctx.stderr, `xargs: ${name}: exited with status 255; aborting\n`);
      throw new XargsStop(124);
    }
    if (status === EXIT_SIGPIPE) {
      await writeText(this.ctx.stderr, `xargs: ${name}: terminated by signal 13\n`);
      throw new XargsStop(125);
    }
    this.failed = true;
  }

  /** Waits for every command still running. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.race(this.running);
  }
}

function inputItems(o: XargsOptions, source: ByteSource): AsyncGenerator<XargsItem> {
  if (o.delimiter !== null) return delimitedItems(source, o.delimiter);
  return quotedItems(source, o.replace !== null, o.eof);
}

/** Bytes a command line takes in GNU's accounting: each argument plus its NUL. */
function lineSize(args: readonly string[]): number {
  let n = 0;
  for (const a of args) n += Buffer.byteLength(a) + 1;
  return n;
}

async function xargsMain(ctx: CommandContext, o: XargsOptions, source: ByteSource): Promise<number> {
  const base = o.command.length > 0 ? o.command : ['echo'];
  const runner = new Runner(ctx, o);
  const baseSize = lineSize(base);
  let batch: string[] = [];
  let batchSize = baseSize;
  let lines = 0;
  let ran = false;
  const flush = async () => {
    if (batch.length === 0) return;
    const argv = [...base, ...batch];
    batch = [];
    batchSize = baseSize;
    lines = 0;
    ran = true;
    await runner.run(argv);
  };
  try {
    let seen = 0;
    for await (const item of inputItems(o, source)) {
      // Commands that finish at once never give timers a turn; make room for an abort.
      if (++seen % LOOP_YIELD_EVERY === 0) await yieldToEventLoop();
      ctx.signal.throwIfAborted();
      if (o.replace !== null) {
        const pattern = o.replace;
        ran = true;
        await runner.run(base.map((a) => a.split(pattern).join(item.text)));
        continue;
      }
      const size = Buffer.byteLength(item.text) + 1;
      if (baseSize + size > o.maxChars) throw new UsageError('xargs: argument line too long\n', 1);
      if (batchSize + size > o.maxChars) {
        if (o.exit && (o.maxArgs !== null || o.maxLines !== null))
          throw new UsageError('xargs: argument line too long\n', 1);
        await flush();
      }
      batch.push(item.text);
      batchSize += size;
      if (item.endsLine) lines++;
      if ((o.maxArgs !== null && batch.length >= o.maxArgs) || (o.maxLines !== null && lines >= o.maxLines))
        await flush();
    }
    await flush();
    if (!ran && !o.noRunIfEmpty && o.replace === null) await runner.run(base);
    await runner.drain();
  } catch (e) {
    await runner.drain().catch(() => undefined);
    if (e instanceof XargsStop) return e.status;
    if (e instanceof XargsInputError) {
      await writeText(ctx.stderr, `xargs: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  return runner.failed ? 123 : 0;
}

/** The xargs command. */
export const xargs = defineCommand({
  name: 'xargs',
  summary: 'build and execute command lines from standard input',
  help: XARGS_HELP,
  flags: XARGS_FLAGS,
  flagOptions: { stopAtOperand: true },
  async run(ctx, parsed) {
    const { options: o, warnings } = xargsOptions(parsed);
    if (warnings.length > 0) await writeText(ctx.stderr, warnings.join(''));
    if (o.maxChars > XARGS_MAX_LINE_BYTES) {
      await writeText(ctx.stderr, `xargs: value ${o.maxChars} for -s option should be <= ${XARGS_MAX_LINE_BYTES}\n`);
      o.maxChars = XARGS_MAX_LINE_BYTES;
    }
    if (o.argFile === null) return xargsMain(ctx, o, ctx.stdin);
    const path = ctx.resolve(o.argFile);
    try {
      await ctx.fs.stat(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await writeText(ctx.stderr, `xargs: Cannot open input file ${quoteAlways(o.argFile)}: ${e.reason}\n`);
      return 1;
    }
    return xargsMain(ctx, o, ctx.fs.read(path, { signal: ctx.signal }));
  },
});
