/**
 * --check for the digest commands: read `DIGEST  NAME` (or BSD `ALGO (NAME) =
 * DIGEST`) lines, digest each named file, print `NAME: OK` / `FAILED`, and
 * finish with coreutils' WARNING lines.
 */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { byteLines } from '../../core/lines.js';
import { quote } from '../lib/quote.js';
import { type DigestAlgorithm, digestOf, escapeName } from './digest.js';
import { failureLine, operandSource } from './input.js';

/** The options that shape a check. */
export interface CheckOptions {
  readonly ignoreMissing: boolean;
  readonly quiet: boolean;
  readonly status: boolean;
  readonly strict: boolean;
  readonly warn: boolean;
}

interface Tally {
  improper: number;
  unreadable: number;
  mismatched: number;
  properLines: number;
  ok: number;
}

function unescapeName(text: string): string {
  return text.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/** Parses one checksum line into the expected digest and the file name; null when malformed. */
function parseLine(line: string, algo: DigestAlgorithm): { hex: string; name: string } | null {
  const hexLength = algo.bits / 4;
  let s = line.replace(/^[ \t]+/, '');
  const escaped = s.startsWith('\\');
  if (escaped) s = s.slice(1);
  const tagged = /^(\S+) ?\((.*)\) ?= ?([0-9a-fA-F]+)$/.exec(s);
  if (tagged) {
    if (tagged[1] !== algo.tag || tagged[3].length !== hexLength) return null;
    return { hex: tagged[3].toLowerCase(), name: escaped ? unescapeName(tagged[2]) : tagged[2] };
  }
  const plain = new RegExp(`^([0-9a-fA-F]{${hexLength}}) [ *]?(.+)$`, 's').exec(s);
  if (!plain) return null;
  return { hex: plain[1].toLowerCase(), name: escaped ? unescapeName(plain[2]) : plain[2] };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Verifies every checksum list; returns the exit status. */
export async function checkLists(
  ctx: CommandContext,
  algo: DigestAlgorithm,
  lists: readonly string[],
  o: CheckOptions,
): Promise<number> {
  let status = 0;
  for (const list of lists) {
    const r = await checkOne(ctx, algo, list, o);
    if (r !== 0) status = 1;
  }
  return status;
}

async function checkOne(ctx: CommandContext, algo: DigestAlgorithm, list: string, o: CheckOptions): Promise<number> {
  const t: Tally = { improper: 0, unreadable: 0, mismatched: 0, properLines: 0, ok: 0 };
  const say = (text: string) => (o.status ? Promise.resolve() : writeText(ctx.stdout, text));
  let lineNo = 0;
  try {
    for await (const { bytes } of byteLines(operandSource(ctx, list))) {
      lineNo++;
      const line = Buffer.from(bytes).toString('utf8');
      if (line.startsWith('#')) continue;
      const parsed = parseLine(line, algo);
      if (!parsed) {
        t.improper++;
        if (o.warn) {
          const where = `${quote(list === '-' ? 'standard input' : list)}: ${lineNo}`;
          await writeText(ctx.stderr, `${algo.command}: ${where}: improperly formatted ${algo.tag} checksum line\n`);
        }
        continue;
      }
      t.properLines++;
      const shown = escapeName(parsed.name);
      const label = `${shown.escaped ? '\\' : ''}${shown.text}`;
      const digest = await digestOf(ctx, algo, parsed.name);
      if ('reason' in digest) {
        if (o.ignoreMissing && digest.reason === 'No such file or directory') continue;
        await writeText(ctx.stderr, failureLine(algo.command, parsed.name, digest));
        t.unreadable++;
        await say(`${label}: FAILED open or read\n`);
        continue;
      }
      if (digest.hex === parsed.hex) {
        t.ok++;
        if (!o.quiet) await say(`${label}: OK\n`);
      } else {
        t.mismatched++;
        await say(`${label}: FAILED\n`);
      }
    }
  } catch (e) {
    const reason = (e as { reason?: string }).reason;
    if (typeof reason !== 'string') throw e;
    await writeText(ctx.stderr, failureLine(algo.command, list, { reason }));
    return 1;
  }
  const name = quote(list === '-' ? 'standard input' : list);
  if (t.properLines === 0) {
    await writeText(ctx.stderr, `${algo.command}: ${name}: no properly formatted checksum lines found\n`);
    return 1;
  }
  if (!o.status) {
    const warn = (text: string) => writeText(ctx.stderr, `${algo.command}: WARNING: ${text}\n`);
    if (t.improper > 0) await warn(`${plural(t.improper, 'line is', 'lines are')} improperly formatted`);
    if (t.unreadable > 0) await warn(`${plural(t.unreadable, 'listed file', 'listed files')} could not be read`);
    if (t.mismatched > 0)
      await warn(`${plural(t.mismatched, 'computed checksum', 'computed checksums')} did NOT match`);
  }
  if (o.ignoreMissing && t.ok === 0 && t.mismatched === 0 && t.unreadable === 0) {
    await writeText(ctx.stderr, `${algo.command}: ${name}: no file was verified\n`);
    return 1;
  }
  const bad = t.mismatched > 0 || t.unreadable > 0 || (o.strict && t.improper > 0);
  return bad ? 1 : 0;
}
