/**
 * md5sum, sha1sum, sha224sum, sha256sum, sha384sum, sha512sum and b2sum:
 * streaming node:crypto digests printed as coreutils prints them (GNU or BSD
 * --tag lines, escaped names), and --check.
 */
import type { Command } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { checkLists } from './checksum-check.js';
import { type DigestAlgorithm, digestOf, escapeName } from './digest.js';
import { failureLine } from './input.js';

function helpFor(algo: DigestAlgorithm): string {
  return `Usage: ${algo.command} [OPTION]... [FILE]...
Print or check ${algo.tag} (${algo.bits}-bit) checksums.
With no FILE, or when FILE is -, read standard input.

  -b, --binary          read in binary mode (the same as text mode here)
  -c, --check           read checksums from the FILEs and verify them
      --tag             print BSD-style lines: ${algo.tag} (FILE) = DIGEST
  -t, --text            read in text mode (the default)
  -z, --zero            end each line with NUL instead of newline and do not
                          escape file names

Only when verifying checksums:
      --ignore-missing  say nothing and do not fail for missing files
      --quiet           do not print OK for each verified file
      --status          print nothing; the exit status tells the result
      --strict          fail when a line is improperly formatted
  -w, --warn            warn about improperly formatted lines
      --help     display this help and exit

Each output line is the digest, a space, '*' for binary or ' ' for text
mode, and the file name.
`;
}

const CHECK_ONLY = ['ignore-missing', 'quiet', 'status', 'strict', 'warn'];

/** Builds the command for one algorithm. */
export function checksumCommand(algo: DigestAlgorithm): Command {
  return defineCommand({
    name: algo.command,
    summary: `compute and check ${algo.tag} message digest`,
    help: helpFor(algo),
    flags: [
      { short: 'b', long: 'binary' },
      { short: 'c', long: 'check' },
      { long: 'tag' },
      { short: 't', long: 'text' },
      { short: 'z', long: 'zero' },
      { long: 'ignore-missing' },
      { long: 'quiet' },
      { long: 'status' },
      { long: 'strict' },
      { short: 'w', long: 'warn' },
    ],
    async run(ctx, p) {
      const operands = p.operands.length > 0 ? p.operands : ['-'];
      if (p.has('check')) {
        if (p.has('tag')) throw usageError(algo.command, 'the --tag option is meaningless when verifying checksums');
        return checkLists(ctx, algo, operands, {
          ignoreMissing: p.has('ignore-missing'),
          quiet: p.has('quiet'),
          status: p.has('status'),
          strict: p.has('strict'),
          warn: p.has('warn'),
        });
      }
      for (const key of CHECK_ONLY) {
        if (p.has(key)) {
          throw usageError(algo.command, `the --${key} option is meaningful only when verifying checksums`);
        }
      }
      const tag = p.has('tag');
      const zero = p.has('zero');
      const binary = p.order.filter(([k]) => k === 'binary' || k === 'text').pop()?.[0] === 'binary';
      let status = 0;
      for (const operand of operands) {
        ctx.signal.throwIfAborted();
        const r = await digestOf(ctx, algo, operand);
        if ('reason' in r) {
          await writeText(ctx.stderr, failureLine(algo.command, operand, r));
          status = 1;
          continue;
        }
        const name = zero ? { escaped: false, text: operand } : escapeName(operand);
        const lead = name.escaped ? '\\' : '';
        const line = tag
          ? `${lead}${algo.tag} (${name.text}) = ${r.hex}`
          : `${lead}${r.hex} ${binary ? '*' : ' '}${name.text}`;
        await writeText(ctx.stdout, line + (zero ? '\0' : '\n'));
      }
      return status;
    },
  });
}

/** The digest commands, by name. */
export const CHECKSUM_COMMANDS: readonly Command[] = [
  { command: 'md5sum', hash: 'md5', tag: 'MD5', bits: 128 },
  { command: 'sha1sum', hash: 'sha1', tag: 'SHA1', bits: 160 },
  { command: 'sha224sum', hash: 'sha224', tag: 'SHA224', bits: 224 },
  { command: 'sha256sum', hash: 'sha256', tag: 'SHA256', bits: 256 },
  { command: 'sha384sum', hash: 'sha384', tag: 'SHA384', bits: 384 },
  { command: 'sha512sum', hash: 'sha512', tag: 'SHA512', bits: 512 },
  { command: 'b2sum', hash: 'blake2b512', tag: 'BLAKE2b', bits: 512 },
].map(checksumCommand);
