/** patch: apply unified diffs to files, with GNU patch's messages, offsets, fuzz, backups and rejects. */
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { readAll, writeText } from '../../core/io.js';
import { MAX_PATCH_BYTES } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { appliesCleanly, applyHunks, type Lines } from './patch-apply.js';
import { type FilePatch, GarbagePatch, type Hunk, parsePatch, reverseHunk } from './patch-parse.js';

const HELP = `Usage: patch [OPTION]... [ORIGFILE [PATCHFILE]]
Apply a unified diff (read from PATCHFILE, -i, or standard input) to the
files it names, or to ORIGFILE.

  -p, --strip=NUM        strip NUM leading components from file names
  -i, --input=PATCHFILE  read the patch from PATCHFILE
  -o, --output=FILE      write the result to FILE
  -R, --reverse          undo the patch
      --dry-run          report what would happen, change nothing
  -s, --quiet, --silent  work silently unless an error occurs
      --help     display this help and exit
`;

interface Options {
  readonly strip: number | null;
  readonly reverse: boolean;
  readonly dryRun: boolean;
  readonly quiet: boolean;
  readonly output: string | null;
  readonly target: string | null;
}

function splitLines(bytes: Uint8Array): Lines {
  const s = Buffer.from(bytes).toString('latin1');
  if (s === '') return { lines: [], missingNewline: false };
  const missingNewline = !s.endsWith('\n');
  return { lines: (missingNewline ? s : s.slice(0, -1)).split('\n'), missingNewline };
}

function joinLines(t: Lines): Uint8Array {
  if (t.lines.length === 0) return new Uint8Array(0);
  return Buffer.from(t.lines.join('\n') + (t.missingNewline ? '' : '\n'), 'latin1');
}

function stripName(name: string, strip: number | null): string {
  if (strip === null) return name;
  const parts = name.split('/');
  let removed = 0;
  let i = 0;
  while (removed < strip && i < parts.length - 1) {
    i++;
    removed++;
  }
  return removed < strip ? '' : parts.slice(i).join('/');
}

/** patch [OPTION]... [ORIGFILE [PATCHFILE]] */
export const patch = defineCommand({
  name: 'patch',
  summary: 'apply a diff file to an original',
  help: HELP,
  flags: [
    { short: 'p', long: 'strip', arg: 'required' },
    { short: 'i', long: 'input', arg: 'required' },
    { short: 'o', long: 'output', arg: 'required' },
    { short: 'R', long: 'reverse' },
    { long: 'dry-run' },
    { short: 's', long: 'quiet' },
    { long: 'silent', key: 'quiet' },
    { short: 'N', long: 'forward' },
    { short: 'f', long: 'force' },
    { short: 't', long: 'batch' },
  ],
  async run(ctx, p) {
    const stripText = p.get('strip');
    const o: Options = {
      strip: stripText === undefined ? null : Number(stripText),
      reverse: p.has('reverse'),
      dryRun: p.has('dry-run'),
      quiet: p.has('quiet'),
      output: p.get('output') ?? null,
      target: p.operands[0] ?? null,
    };
    const input = p.get('input') ?? p.operands[1] ?? '-';
    let text: string;
    try {
      const source = input === '-' ? ctx.stdin : ctx.fs.read(ctx.resolve(input), { signal: ctx.signal });
      text = Buffer.from(await readAll(source, MAX_PATCH_BYTES)).toString('latin1');
    } catch (e) {
      await writeText(ctx.stderr, `patch: **** Can't open patch file ${input} : ${toFsError(e, input).reason}\n`);
      return 2;
    }
    let files: FilePatch[];
    try {
      files = parsePatch(text);
    } catch (e) {
      if (!(e instanceof GarbagePatch)) throw e;
      await writeText(ctx.stderr, 'patch: **** Only garbage was found in the patch input.\n');
      return 2;
    }
    let status = 0;
    for (const file of files) {
      ctx.signal.throwIfAborted();
      if ((await applyFile(ctx, file, o)) !== 0) status = 1;
    }
    return status;
  },
});

function say(ctx: CommandContext, o: Options, text: string): Promise<void> {
  return o.quiet ? Promise.resolve() : writeText(ctx.stdout, text);
}

/** Which file a patch is for: ORIGFILE, else the first existing of the (stripped) names, else the new name. */
async function targetOf(
  ctx: CommandContext,
  file: FilePatch,
  o: Options,
): Promise<{ name: string; exists: boolean } | null> {
  if (o.target !== null) return { name: o.target, exists: await ctx.fs.exists(ctx.resolve(o.target)) };
  const candidates = [file.oldName, file.newName].filter((n) => n !== '/dev/null').map((n) => stripName(n, o.strip));
  for (const name of candidates) {
    if (name !== '' && (await ctx.fs.exists(ctx.resolve(name)))) return { name, exists: true };
  }
  if (file.oldName === '/dev/null' || file.hunks.every((h) => h.oldCount === 0 && h.oldStart === 0)) {
    const name = stripName(file.newName, o.strip);
    return name === '' ? null : { name, exists: false };
  }
  return null;
}

async function applyFile(ctx: CommandContext, file: FilePatch, o: Options): Promise<number> {
  const target = await targetOf(ctx, file, o);
  const hunks = o.reverse ? file.hunks.map(reverseHunk) : file.hunks;
  const count = `${hunks.length} out of ${hunks.length} hunk${hunks.length === 1 ? '' : 's'}`;
  if (!target) {
    const leading = file.leading
      .split('\n')
      .map((l) => `|${l}\n`)
      .join('');
    await writeText(
      ctx.stdout,
      `can't find file to patch at input line ${file.hunkLine}\nPerhaps you ${o.strip === null ? 'should have used the' : 'used the wrong'} -p or --strip option?\nThe text leading up to this was:\n--------------------------\n${leading}--------------------------\nFile to patch: \nSkip this patch? [y] \nSkipping patch.\n${count} ignored\n`,
    );
    return 1;
  }
  const path = ctx.resolve(target.name);
  const original = target.exists
    ? splitLines(await ctx.fs.readFile(path, { signal: ctx.signal }))
    : { lines: [], missingNewline: false };
  const shown = o.output === null ? target.name : `${o.output} (read from ${target.name})`;
  await say(ctx, o, `${o.dryRun ? 'checking' : 'patching'} file ${shown}\n`);
  const { result, reports } = applyHunks(original, hunks);
  if (!reports[0]?.applied && !o.reverse && appliesCleanly(original, hunks.map(reverseHunk))) {
    await say(
      ctx,
      o,
      'Reversed (or previously applied) patch detected!  Assume -R? [n] \nApply anyway? [n] \nSkipping patch.\n',
    );
    const rej = await saveRejects(ctx, o, target.name, file, file.hunks);
    await say(ctx, o, `${count} ignored${rej}\n`);
    return 1;
  }
  let failed = 0;
  for (let k = 0; k < reports.length; k++) {
    const r = reports[k];
    if (!r.applied) {
      failed++;
      await say(ctx, o, `Hunk #${k + 1} FAILED at ${r.line}.\n`);
      continue;
    }
    if (r.offset === 0 && r.fuzz === 0) continue;
    const fuzz = r.fuzz > 0 ? ` with fuzz ${r.fuzz}` : '';
    const offset = r.offset !== 0 ? ` (offset ${r.offset} line${Math.abs(r.offset) === 1 ? '' : 's'})` : '';
    await say(ctx, o, `Hunk #${k + 1} succeeded at ${r.line}${fuzz}${offset}.\n`);
  }
  const inexact = reports.some((r) => !r.applied || r.offset !== 0 || r.fuzz !== 0);
  if (!o.dryRun) {
    if (inexact && target.exists && o.output === null) await ctx.fs.copyFile(path, `${path}.orig`);
    const out = o.output === null ? path : ctx.resolve(o.output);
    const removed = file.newName === '/dev/null' && !o.reverse && result.lines.length === 0;
    if (removed && o.output === null) await ctx.fs.rm(path);
    else await ctx.fs.writeFile(out, joinLines(result));
  }
  if (failed > 0) {
    const failedHunks = file.hunks.filter((_, k) => !reports[k].applied);
    const rej = await saveRejects(ctx, o, target.name, file, failedHunks);
    await say(ctx, o, `${failed} out of ${hunks.length} hunk${hunks.length === 1 ? '' : 's'} FAILED${rej}\n`);
    return 1;
  }
  return 0;
}

/** Writes the hunks that did not apply to NAME.rej; returns the note for the summary line. */
async function saveRejects(
  ctx: CommandContext,
  o: Options,
  name: string,
  file: FilePatch,
  hunks: readonly Hunk[],
): Promise<string> {
  if (o.dryRun) return '';
  await ctx.fs.writeFile(
    ctx.resolve(`${name}.rej`),
    Buffer.from(file.header + hunks.map((h) => h.raw).join(''), 'latin1'),
  );
  return ` -- saving rejects to file ${name}.rej`;
}
