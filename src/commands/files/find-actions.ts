/**
 * find's actions: -print, -print0, -printf, -ls, -delete, -exec (one file per
 * command, or batched with `{} +`), -prune and -quit. Output goes through the
 * run's batcher, which is flushed before any command runs so lines stay in order.
 */
import { toFsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { FIND_EXEC_BATCH_BYTES } from '../../core/limits.js';
import type { FileStat } from '../../core/resource.js';
import { strftime } from '../data/strftime.js';
import { allocatedKiB, groupName, modeString, ownerName } from '../lib/file-meta.js';
import { compilePrintf, renderPrintf } from './find-printf.js';
import { type BuildContext, type Evaluator, type FindEntry, type FindRun, FindUsageError } from './find-types.js';

/** -print and -print0. */
export function printAction(terminator: string): Evaluator {
  return async (e, run) => {
    await run.out.add(e.path + terminator);
    return true;
  };
}

/** -printf FORMAT. */
export async function printfAction(format: string, b: BuildContext): Promise<Evaluator> {
  const warnings: string[] = [];
  const compiled = compilePrintf(format, (m) => warnings.push(m));
  for (const w of warnings) await b.warn(w);
  return async (e, run) => {
    await run.out.add(await renderPrintf(compiled, e, run));
    return true;
  };
}

const HALF_YEAR_MS = (31556952 / 2) * 1000;

/** -ls: `ls -dils` style lines. */
export function lsAction(b: BuildContext): Evaluator {
  return async (e, run) => {
    const st: FileStat = await e.stat();
    const seconds = Math.floor(st.mtimeMs / 1000);
    const t = { fields: run.zone.fields(st.mtimeMs), seconds, nanos: 0 };
    const recent = st.mtimeMs > b.nowMs - HALF_YEAR_MS && st.mtimeMs <= b.nowMs;
    const date = strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', t);
    let name = e.path;
    if (st.type === 'symlink') name += ` -> ${await run.ctx.fs.readlink(e.abs).catch(() => '')}`;
    const cols = [
      String(st.ino ?? 0).padStart(9),
      String(allocatedKiB(st)).padStart(6),
      modeString(st),
      String(st.nlink ?? (st.type === 'directory' ? 2 : 1)).padStart(3),
      ownerName(st).padEnd(8),
      groupName(st).padEnd(8),
      String(st.size).padStart(8),
      date,
      name,
    ];
    await run.out.add(`${cols.join(' ')}\n`);
    return true;
  };
}

/** -delete: files with unlink, directories with rmdir; '.' is left alone as GNU does. */
export const deleteAction: Evaluator = async (e, run) => {
  if (e.depth === 0 && /(^|\/)\.\/*$/.test(e.path)) return true;
  const fs = run.ctx.fs;
  try {
    const type = run.follow === 'P' ? e.type : (await fs.lstat(e.abs)).type;
    if (type === 'directory') await fs.rmdir(e.abs);
    else await fs.rm(e.abs);
    return true;
  } catch (err) {
    await run.out.flush();
    await writeText(run.ctx.stderr, `find: cannot delete '${e.path}': ${toFsError(err, e.path).reason}\n`);
    run.status = 1;
    return false;
  }
};

/** -prune: do not descend (ignored under -depth, where the contents come first). */
export function pruneAction(depthFirst: () => boolean): Evaluator {
  return (e) => {
    if (!depthFirst()) e.pruned = true;
    return true;
  };
}

/** -quit: stop the walk after this entry. */
export const quitAction: Evaluator = (_e, run) => {
  run.quit = true;
  return true;
};

/** Runs argv through the shell's exec, reporting an unknown command as find does. */
async function runCommand(argv: readonly string[], run: FindRun): Promise<number> {
  await run.out.flush();
  const name = argv[0];
  if (!name.includes('/') && run.ctx.lookup(name) === null) {
    await writeText(run.ctx.stderr, `find: '${name}': No such file or directory\n`);
    return 127;
  }
  return run.ctx.exec(argv);
}

/** The words of an -exec after the predicate, up to ';' or '{} +', and how far they reach. */
export interface ExecSpec {
  readonly argv: readonly string[];
  readonly batch: boolean;
  /** Index of the terminating ';' or '+'. */
  readonly end: number;
}

/** Finds the end of an -exec's command in `args` from `start`; null when it is not terminated. */
export function scanExec(args: readonly string[], start: number, option: string): ExecSpec | null {
  for (let i = start; i < args.length; i++) {
    const a = args[i];
    const batch = a === '+' && i > start && args[i - 1] === '{}';
    if (a !== ';' && !batch) continue;
    const argv = args.slice(start, i);
    if (argv.length === 0) throw new FindUsageError(`invalid argument \`${a}' to \`${option}'`);
    if (batch && argv.filter((w) => w.includes('{}')).length > 1) {
      throw new FindUsageError(`Only one instance of {} is supported with ${option} ... +`);
    }
    return { argv, batch, end: i };
  }
  return null;
}

/** -exec COMMAND ; (true when the command exits 0) and -exec COMMAND {} + (always true). */
export function execAction(spec: ExecSpec, registerFinisher: (fn: (run: FindRun) => Promise<void>) => void): Evaluator {
  if (!spec.batch) {
    return async (e, run) => {
      const argv = spec.argv.map((w) => w.replaceAll('{}', e.path));
      return (await runCommand(argv, run)) === 0;
    };
  }
  const head = spec.argv.slice(0, -1);
  let paths: string[] = [];
  let bytes = 0;
  const flush = async (run: FindRun) => {
    if (paths.length === 0) return;
    const argv = [...head, ...paths];
    paths = [];
    bytes = 0;
    if ((await runCommand(argv, run)) !== 0) run.status = 1;
  };
  registerFinisher(flush);
  return async (e: FindEntry, run: FindRun) => {
    paths.push(e.path);
    bytes += e.path.length + 1;
    if (bytes >= FIND_EXEC_BATCH_BYTES) await flush(run);
    return true;
  };
}
