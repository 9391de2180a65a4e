/** grep, egrep and fgrep: print the records of files that match patterns (GNU grep 3.8). */
import type { Command, CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { parseFlags } from '../lib/flags.js';
import { isUtf8Locale } from '../lib/locale.js';
import { PosixRegexError } from '../lib/posix-regex.js';
import { GrepInputs } from './grep-files.js';
import { buildMatcher, type Matcher } from './grep-matcher.js';
import {
  expandNumericContext,
  GREP_FLAGS,
  type GrepSettings,
  grepFatal,
  grepUsage,
  readSettings,
} from './grep-options.js';
import type { ScanOptions } from './grep-scan.js';
import { OutBuffer } from './out-buffer.js';
import { PerlRegexError } from './perl-regex.js';

const HELP = `Usage: grep [OPTION]... PATTERNS [FILE]...
Search each FILE for lines matching PATTERNS and print them.
PATTERNS may hold several patterns, one per line. Mirage's grep works in the
C locale: every byte is one character and case folding is ASCII only.

Choosing how PATTERNS are read:
  -E, --extended-regexp     extended regular expressions (ERE)
  -F, --fixed-strings       plain strings
  -G, --basic-regexp        basic regular expressions (BRE, the default)
  -P, --perl-regexp         Perl-style expressions, run by JavaScript's RegExp:
                            \\Q..\\E, \\A, \\z, \\Z, \\h, (?P<n>..) and a leading (?i)
                            are understood; possessive quantifiers, atomic
                            groups, \\K, \\G, recursion and conditionals are not
  -e, --regexp=PATTERNS     use PATTERNS (may be repeated)
  -f, --file=FILE           read PATTERNS from FILE, one per line
  -i, -y, --ignore-case     ignore case in patterns and data
      --no-ignore-case      honour case (the default)
  -w, --word-regexp         a match must be a whole word
  -x, --line-regexp         a match must be a whole line
  -z, --null-data           lines end with a NUL byte, not a newline

Output:
  -s, --no-messages         do not report unreadable or missing files
  -v, --invert-match        select the lines that do not match
  -V, --version             print version information and exit
  -m, --max-count=NUM       stop after NUM selected lines
  -b, --byte-offset         print the byte offset before each output line
  -n, --line-number         print the line number before each output line
      --line-buffered       accepted; output is written as it is produced
  -H, --with-filename       print the file name before each match
  -h, --no-filename         never print file names
      --label=LABEL         name standard input LABEL in output
  -o, --only-matching       print only the matched, non-empty parts of lines
  -q, --quiet, --silent     print nothing; exit 0 at the first match
      --binary-files=TYPE   TYPE is 'binary' (report "binary file matches"),
                            'text' or 'without-match'
  -a, --text                same as --binary-files=text
  -I                        same as --binary-files=without-match
  -d, --directories=ACTION  ACTION for directory operands: 'read' (an error),
                            'skip' or 'recurse'
  -D, --devices=ACTION      accepted ('read' or 'skip'); there are no devices
  -r, --recursive           search directories recursively, skipping symlinks
                            met on the way
  -R, --dereference-recursive  likewise, following every symlink
      --include=GLOB        search only files whose name matches GLOB
      --exclude=GLOB        skip files whose name matches GLOB
      --exclude-from=FILE   skip files whose name matches a glob in FILE
      --exclude-dir=GLOB    skip directories whose name matches GLOB
  -L, --files-without-match  print only the names of files with no match
  -l, --files-with-matches  print only the names of files with a match
  -c, --count               print only the number of selected lines per file
  -Z, --null                print a NUL byte after each file name

Context:
  -B, --before-context=NUM  print NUM lines before each match
  -A, --after-context=NUM   print NUM lines after each match
  -C, --context=NUM, -NUM   print NUM lines before and after each match
      --group-separator=SEP  print SEP between groups of context (default --)
      --no-group-separator  print nothing between groups
      --color[=WHEN]        accepted; output is never a terminal, so it is
                            never coloured
  -U, --binary              accepted; line ends are never rewritten

With no FILE, read standard input, or '.' with -r. FILE '-' is standard input.
Directories are walked in byte order of their entries. File names are printed
when there is more than one FILE or a directory is searched. A file holding
NUL bytes is binary: its matching lines are not printed; grep says
"binary file matches" on standard error instead.
Exit status is 0 if a line is selected, 1 if none is, 2 on trouble (but 0
with -q when a line is selected).
`;

const VERSION = 'grep (GNU grep) 3.8\nMirage implementation of the GNU grep interface.\n';

/** Patterns as byte strings: -e values and -f files split at newlines, or the first operand. */
async function readPatterns(
  ctx: CommandContext,
  p: ReturnType<typeof parseFlags>,
  operands: string[],
): Promise<string[] | null> {
  const patterns: string[] = [];
  let given = false;
  for (const [key, value] of p.order) {
    if (key === 'regexp') {
      given = true;
      patterns.push(
        ...Buffer.from(value as string, 'utf8')
          .toString('latin1')
          .split('\n'),
      );
    } else if (key === 'file') {
      given = true;
      const name = value as string;
      let bytes: Uint8Array;
      try {
        bytes = name === '-' ? await readStdin(ctx) : await ctx.fs.readFile(ctx.resolve(name), { signal: ctx.signal });
      } catch (e) {
        throw grepFatal(`${name}: ${toFsError(e, name).reason}`);
      }
      const text = Buffer.from(bytes).toString('latin1');
      if (text.length > 0) patterns.push(...(text.endsWith('\n') ? text.slice(0, -1) : text).split('\n'));
    }
  }
  if (given) return patterns;
  const first = operands.shift();
  return first === undefined ? null : Buffer.from(first, 'utf8').toString('latin1').split('\n');
}

/** Adds the globs of --exclude-from files (one per line) as --exclude options. */
async function withExcludeFrom(
  ctx: CommandContext,
  p: ReturnType<typeof parseFlags>,
  s: GrepSettings,
): Promise<GrepSettings> {
  const files = p.lists['exclude-from'] ?? [];
  if (files.length === 0) return s;
  const filters = [...s.fileFilters];
  for (const name of files) {
    let text: string;
    try {
      text = Buffer.from(await ctx.fs.readFile(ctx.resolve(name), { signal: ctx.signal })).toString('utf8');
    } catch (e) {
      throw grepFatal(`${name}: ${toFsError(e, name).reason}`);
    }
    for (const glob of text.split('\n')) if (glob !== '') filters.push(['exclude', glob]);
  }
  return { ...s, fileFilters: filters };
}

async function readStdin(ctx: CommandContext): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of ctx.stdin) chunks.push(c);
  return Buffer.concat(chunks);
}

function compile(
  patterns: string[],
  s: GrepSettings,
  p: ReturnType<typeof parseFlags>,
  utf8: boolean,
): { matcher: Matcher; warnings: string[] } {
  try {
    return buildMatcher({
      patterns,
      syntax: s.syntax,
      icase: s.icase,
      word: p.has('word-regexp'),
      line: p.has('line-regexp'),
      eol: p.has('null-data') ? 0 : 0x0a,
      utf8,
    });
  } catch (e) {
    if (e instanceof PosixRegexError || e instanceof PerlRegexError) throw grepFatal(e.message);
    throw e;
  }
}

async function run(ctx: CommandContext, implied: 'E' | 'F' | null): Promise<number> {
  let p: ReturnType<typeof parseFlags>;
  try {
    p = parseFlags('grep', expandNumericContext(ctx.args), [...GREP_FLAGS, { long: 'help' }], { usageExit: 2 });
  } catch (e) {
    if (e instanceof UsageError) throw grepUsage(e.message.split('\n')[0].replace(/^grep: /, ''));
    throw e;
  }
  if (p.has('help')) {
    await writeText(ctx.stdout, HELP);
    return 0;
  }
  if (p.has('version')) {
    await writeText(ctx.stdout, VERSION);
    return 0;
  }
  const settings = await withExcludeFrom(ctx, p, readSettings(p, implied));
  if (settings.badColor) {
    // GNU shows the help (and succeeds) for an unknown --color value.
    await writeText(ctx.stdout, HELP);
    return 0;
  }
  const operands = [...p.operands];
  const patterns = await readPatterns(ctx, p, operands);
  if (patterns === null) throw grepUsage(null);
  const utf8 = isUtf8Locale(ctx.env);
  const { matcher, warnings } = compile(patterns, settings, p, utf8);
  for (const w of warnings) await writeText(ctx.stderr, `grep: warning: ${w}\n`);
  const noPatterns = patterns.length === 0 && !settings.invert;
  if ((settings.maxCount === 0 || noPatterns) && settings.mode !== 'files-without') return 1;

  const eol = p.has('null-data') ? 0 : 0x0a;
  const scan: ScanOptions = {
    matcher,
    eol,
    invert: settings.invert,
    mode: settings.mode,
    onlyMatching: p.has('only-matching'),
    maxCount: settings.maxCount,
    lineNumbers: p.has('line-number'),
    byteOffset: p.has('byte-offset'),
    before: settings.before,
    after: settings.after,
    contextGiven: settings.contextGiven,
    groupSeparator: p.has('no-group-separator') ? null : (p.get('group-separator') ?? '--'),
    binaryFiles: settings.binaryFiles,
    nullAfterName: p.has('null'),
    encodingErrorsBinary: utf8,
  };
  const recursive = settings.directories === 'recurse';
  const files = operands.length > 0 ? operands : [recursive ? '.' : '-'];
  const out = new OutBuffer(ctx.stdout);
  const inputs = new GrepInputs(ctx, settings, scan, out, {
    suppressErrors: p.has('no-messages'),
    label: p.get('label') ?? '(standard input)',
    manyOperands: files.length > 1,
  });
  for (const file of files) {
    ctx.signal.throwIfAborted();
    await inputs.operand(file, operands.length === 0);
    if (inputs.stopped) break;
  }
  await out.flush();
  if (settings.mode === 'quiet' && inputs.anySelected) return 0;
  if (inputs.hadError) return 2;
  return inputs.anySelected ? 0 : 1;
}

function grepCommand(name: string, summary: string, implied: 'E' | 'F' | null): Command {
  return {
    name,
    summary,
    help: HELP,
    async run(ctx) {
      try {
        return await run(ctx, implied);
      } catch (e) {
        if (e instanceof UsageError) {
          await writeText(ctx.stderr, e.message);
          return e.exitCode;
        }
        throw e;
      }
    },
  };
}

/** grep [OPTION]... PATTERNS [FILE]... */
export const grep = grepCommand('grep', 'print lines that match patterns', null);
/** egrep: grep -E. */
export const egrep = grepCommand('egrep', 'print lines that match extended regular expressions (grep -E)', 'E');
/** fgrep: grep -F. */
export const fgrep = grepCommand('fgrep', 'print lines that contain fixed strings (grep -F)', 'F');
