/** sort: GNU sort in the C locale, in memory up to SORT_MEMORY_BYTES and by merging compressed runs beyond. */
import { randomBytes } from 'node:crypto';
import type { Command, CommandContext } from '../../../core/command.js';
import { toFsError, UsageError } from '../../../core/errors.js';
import type { ByteSink } from '../../../core/io.js';
import { writeText } from '../../../core/io.js';
import { SORT_MEMORY_BYTES } from '../../../core/limits.js';
import type { WriteHandle } from '../../../core/resource.js';
import { defineCommand } from '../../lib/define.js';
import type { ParsedFlags } from '../../lib/flags.js';
import { withArgs } from '../shared/args.js';
import { lineBlocks } from '../shared/blocks.js';
import { InputError, nameOf, openInput, operandSize } from '../shared/input.js';
import { ByteWriter } from '../shared/output.js';
import { checkSorted } from './check.js';
import { lineComparator, type SortSpec } from './compare.js';
import type { Key } from './keys.js';
import { LineStore } from './line-store.js';
import { sortStore } from './memory-sort.js';
import { extractObsoleteKeys, planOf, SORT_FLAGS, type SortPlan } from './options.js';
import { mergeRuns, type SpilledRun, spill } from './runs.js';
import { SORT_HELP } from './sort-help.js';

/** Exit status of sort's own failures (bad usage, unreadable input). */
const SORT_FAILURE = 2;

function readFailure(e: InputError): string {
  if (e.code === 'EISDIR') return `sort: read failed: ${nameOf(e.operand)}: ${e.reason}\n`;
  return `sort: cannot read: ${nameOf(e.operand)}: ${e.reason}\n`;
}

/** Writes the store's lines in sorted order, dropping -u duplicates. */
async function writeSorted(store: LineStore, order: Int32Array, spec: SortSpec, out: ByteWriter): Promise<void> {
  const { data, starts } = store;
  const compare = spec.unique ? lineComparator(spec) : null;
  let prev = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (compare && prev >= 0) {
      if (compare(data, starts[prev], starts[prev + 1] - 1, data, starts[i], starts[i + 1] - 1) === 0) continue;
    }
    prev = i;
    if (out.put(data, starts[i], starts[i + 1])) await out.flush();
  }
}

/** Opens where the result goes: -o FILE (only once all input is read) or stdout. */
async function openOutput(
  ctx: CommandContext,
  plan: SortPlan,
): Promise<{ sink: ByteSink; handle: WriteHandle | null }> {
  if (plan.output === null) return { sink: ctx.stdout, handle: null };
  try {
    const handle = await ctx.fs.openWrite(ctx.resolve(plan.output));
    return { sink: handle, handle };
  } catch (e) {
    const reason = toFsError(e, plan.output).reason;
    throw new UsageError(`sort: open failed: ${nameOf(plan.output)}: ${reason}\n`, SORT_FAILURE);
  }
}

/**
 * Reads every input, sorting and spilling a run whenever `memoryBytes` of lines
 * have gathered, then writes the result (merging the runs if there are any).
 */
export async function sortFiles(
  ctx: CommandContext,
  plan: SortPlan,
  files: readonly string[],
  memoryBytes = SORT_MEMORY_BYTES,
): Promise<void> {
  const sizes = await Promise.all(files.map((f) => operandSize(ctx, f)));
  const known = sizes.every((s) => s !== null) ? sizes.reduce((a, s) => (a ?? 0) + (s ?? 0), 0) : null;
  const store = new LineStore(plan.delimiter, Math.min(memoryBytes, (known ?? 0) + files.length + 1));
  const runs: SpilledRun[] = [];
  const compare = lineComparator(plan.spec);
  const same = plan.spec.unique
    ? (i: number, j: number) => {
        const { data, starts } = store;
        return compare(data, starts[i], starts[i + 1] - 1, data, starts[j], starts[j + 1] - 1) === 0;
      }
    : null;
  for (const file of files) {
    for await (const chunk of openInput(ctx, file)) {
      store.append(chunk);
      if (store.completeBytes >= memoryBytes) {
        runs.push(await spill(store, sortStore(store, plan.spec, ctx.signal), same, ctx.signal));
        store.clearComplete();
      }
    }
    store.endInput();
  }
  const order = sortStore(store, plan.spec, ctx.signal);
  const { sink, handle } = await openOutput(ctx, plan);
  const out = new ByteWriter(sink);
  if (runs.length === 0) {
    await writeSorted(store, order, plan.spec, out);
  } else {
    runs.push(await spill(store, order, same, ctx.signal));
    store.clearComplete();
    const sources = runs.map((r) => r.blocks());
    await mergeRuns(sources, compare, plan.spec.unique, plan.delimiter, out, ctx.signal);
  }
  await out.flush();
  await handle?.close();
}

/** -m: merges inputs that are already sorted, streaming (an input that is also the -o file is read first). */
async function mergeAll(ctx: CommandContext, plan: SortPlan, files: readonly string[]): Promise<void> {
  const outputPath = plan.output === null ? null : ctx.resolve(plan.output);
  const sources: AsyncIterable<Buffer>[] = [];
  for (const file of files) {
    if (file !== '-' && outputPath !== null && ctx.resolve(file) === outputPath) {
      const store = new LineStore(plan.delimiter);
      for await (const chunk of openInput(ctx, file)) store.append(chunk);
      store.endInput();
      const whole = store.data.subarray(0, store.used);
      sources.push(
        (async function* () {
          yield whole;
        })(),
      );
    } else {
      sources.push(lineBlocks(openInput(ctx, file), plan.delimiter));
    }
  }
  const { sink, handle } = await openOutput(ctx, plan);
  const out = new ByteWriter(sink);
  await mergeRuns(sources, lineComparator(plan.spec), plan.spec.unique, plan.delimiter, out, ctx.signal);
  await out.flush();
  await handle?.close();
}

/** The NUL-separated names of --files0-from. */
async function filesFrom(ctx: CommandContext, source: string): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const c of openInput(ctx, source)) chunks.push(Buffer.from(c));
  const names = Buffer.concat(chunks).toString('utf8').split('\0');
  if (names[names.length - 1] === '') names.pop();
  return names;
}

async function run(ctx: CommandContext, p: ParsedFlags, obsolete: readonly Key[]): Promise<number> {
  const plan = planOf(p, obsolete);
  try {
    const salt = plan.randomSource === null ? randomBytes(16) : await readSalt(ctx, plan.randomSource);
    const withSalt: SortPlan = { ...plan, spec: { ...plan.spec, randomSalt: salt } };
    const files = plan.files0From !== null ? await filesFrom(ctx, plan.files0From) : plan.files;
    const inputs = files.length > 0 ? files : ['-'];
    if (plan.mode === 'check') {
      const compare = lineComparator(withSalt.spec);
      const source = openInput(ctx, inputs[0]);
      return await checkSorted(ctx, inputs[0], source, compare, plan.spec.unique, plan.delimiter, plan.quiet);
    }
    if (plan.mode === 'merge') await mergeAll(ctx, withSalt, inputs);
    else await sortFiles(ctx, withSalt, inputs);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    await writeText(ctx.stderr, readFailure(e));
    return SORT_FAILURE;
  }
}

async function readSalt(ctx: CommandContext, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of openInput(ctx, source)) {
    chunks.push(Buffer.from(c));
    total += c.length;
    if (total >= 64) break;
  }
  return Buffer.concat(chunks).subarray(0, 64);
}

/** sort [OPTION]... [FILE]... (also the obsolete +POS1 [-POS2] keys) */
export const sort: Command = {
  name: 'sort',
  summary: 'sort lines of text files',
  help: SORT_HELP,
  async run(ctx) {
    let parsed: ReturnType<typeof extractObsoleteKeys>;
    try {
      parsed = extractObsoleteKeys(ctx.args);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      await writeText(ctx.stderr, e.message);
      return e.exitCode;
    }
    const { args, keys } = parsed;
    const command = defineCommand({
      name: 'sort',
      summary: 'sort lines of text files',
      help: SORT_HELP,
      flags: SORT_FLAGS,
      flagOptions: { usageExit: SORT_FAILURE },
      run: (c, p) => run(c, p, keys),
    });
    return command.run(withArgs(ctx, args));
  },
};
