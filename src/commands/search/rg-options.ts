/** rg's command line: the flag table, its help text and the settings read from it. */
import { UsageError } from '../../core/errors.js';
import type { FlagSpec, ParsedFlags } from '../lib/flags.js';

/** The flags rg understands. */
export const RG_FLAGS: readonly FlagSpec[] = [
  { short: 'e', long: 'regexp', arg: 'required' },
  { short: 'f', long: 'file', arg: 'required' },
  { short: 'F', long: 'fixed-strings' },
  { short: 'i', long: 'ignore-case' },
  { short: 's', long: 'case-sensitive' },
  { short: 'S', long: 'smart-case' },
  { short: 'v', long: 'invert-match' },
  { short: 'w', long: 'word-regexp' },
  { short: 'x', long: 'line-regexp' },
  { short: 'c', long: 'count' },
  { short: 'l', long: 'files-with-matches' },
  { long: 'files-without-match' },
  { short: 'o', long: 'only-matching' },
  { short: 'q', long: 'quiet' },
  { short: 'n', long: 'line-number' },
  { short: 'N', long: 'no-line-number' },
  { short: 'H', long: 'with-filename' },
  { short: 'I', long: 'no-filename' },
  { long: 'heading' },
  { long: 'no-heading' },
  { short: 'A', long: 'after-context', arg: 'required' },
  { short: 'B', long: 'before-context', arg: 'required' },
  { short: 'C', long: 'context', arg: 'required' },
  { long: 'context-separator', arg: 'required' },
  { long: 'no-context-separator' },
  { short: 'm', long: 'max-count', arg: 'required' },
  { short: 'g', long: 'glob', arg: 'required' },
  { short: 't', long: 'type', arg: 'required' },
  { short: 'T', long: 'type-not', arg: 'required' },
  { long: 'type-list' },
  { short: '.', long: 'hidden' },
  { long: 'no-hidden' },
  { long: 'no-ignore' },
  { long: 'no-ignore-vcs' },
  { short: 'u', long: 'unrestricted' },
  { short: 'd', long: 'max-depth', arg: 'required' },
  { short: 'L', long: 'follow' },
  { long: 'files' },
  { short: 'a', long: 'text' },
  { long: 'binary' },
  { short: '0', long: 'null' },
  { short: 'b', long: 'byte-offset' },
  { long: 'include-zero' },
  { long: 'color', arg: 'required' },
  { long: 'colour', key: 'color', arg: 'required' },
  { short: 'j', long: 'threads', arg: 'required' },
  { long: 'sort', arg: 'required' },
  { long: 'sort-files' },
  { long: 'no-messages' },
  { short: 'V', long: 'version' },
  { short: 'h', long: 'help' },
];

/** The --help text. */
export const RG_HELP = `Usage: rg [OPTIONS] PATTERN [PATH ...]
       rg [OPTIONS] -e PATTERN ... [PATH ...]
       rg [OPTIONS] --files [PATH ...]
       rg [OPTIONS] --type-list
Search PATHs (default: standard input when it has data, else the current
directory) recursively for lines matching PATTERN, a Rust-style regex run on
JavaScript's RegExp (Unicode classes; look-around and backreferences also work;
inline flags other than a leading (?i) do not).

Mirage's rg prints as ripgrep does when its output is not a terminal: no colour,
no headings and no line numbers unless asked, "path:" before lines when more
than one file can match. Files are searched in path order (--sort path).
.gitignore, .ignore and .rgignore files are honoured at every level, also
outside git repositories.

  -e, --regexp=PATTERN       search for PATTERN (may be repeated)
  -f, --file=FILE            read patterns from FILE, one per line
  -F, --fixed-strings        patterns are plain strings
  -i, --ignore-case          ignore case
  -s, --case-sensitive       honour case (the default)
  -S, --smart-case           ignore case unless a pattern has an upper case letter
  -v, --invert-match         select lines that do not match
  -w, --word-regexp          matches must be whole words
  -x, --line-regexp          matches must be whole lines
  -c, --count                print the number of matching lines per file
  -l, --files-with-matches   print only the paths of files with a match
      --files-without-match  print only the paths of files without a match
  -o, --only-matching        print only the matched parts
  -q, --quiet                print nothing; exit 0 at the first match
  -n, --line-number          print line numbers
  -N, --no-line-number       do not print line numbers (the default)
  -H, --with-filename        print the path with each line
  -I, --no-filename          never print paths
      --heading              print each path once, above its lines
      --no-heading           print the path on every line (the default)
  -A, --after-context=NUM    print NUM lines after each match
  -B, --before-context=NUM   print NUM lines before each match
  -C, --context=NUM          print NUM lines around each match
      --context-separator=S  print S between context groups (default --)
      --no-context-separator print nothing between context groups
  -m, --max-count=NUM        stop after NUM matching lines per file
  -g, --glob=GLOB            search only files matching GLOB (gitignore syntax);
                             !GLOB excludes; the last matching glob wins
  -t, --type=TYPE            search only files of TYPE (see --type-list)
  -T, --type-not=TYPE        do not search files of TYPE
      --type-list            list the known file types
  -., --hidden               search hidden files and directories
      --no-ignore            do not honour ignore files
      --no-ignore-vcs        do not honour .gitignore files
  -u, --unrestricted         -u: --no-ignore, -uu: also --hidden,
                             -uuu: also --binary
  -d, --max-depth=NUM        descend at most NUM directory levels
  -L, --follow               follow symbolic links
      --files                print the files that would be searched
  -a, --text                 search binary files as text
      --binary               search binary files found while walking too
  -0, --null                 print a NUL byte after paths
  -b, --byte-offset          print the byte offset of each line
      --include-zero         with -c, also print files with no match
      --color=WHEN, -j NUM, --sort=path, --sort-files, --no-messages
                             accepted; output is never coloured and always sorted
  -V, --version              print the version
  -h, --help                 print this help

Exit status is 0 if a line matched, 1 if none did, 2 on error (0 with -q when
something matched).
`;

/** rg's message for a flag problem, exit 2. */
export function rgUsage(message: string): UsageError {
  return new UsageError(`rg: ${message}\n`, 2);
}

/** Case handling decided by the last of -i, -s, -S. */
export function caseMode(p: ParsedFlags): 'sensitive' | 'insensitive' | 'smart' {
  let mode: 'sensitive' | 'insensitive' | 'smart' = 'sensitive';
  for (const [key] of p.order) {
    if (key === 'ignore-case') mode = 'insensitive';
    else if (key === 'case-sensitive') mode = 'sensitive';
    else if (key === 'smart-case') mode = 'smart';
  }
  return mode;
}

/** A non-negative number argument, or rg's error. */
export function countArg(p: ParsedFlags, key: string, fallback: number): number {
  const value = p.get(key);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw rgUsage(`error parsing flag --${key}: invalid number: ${value}`);
  return Number(value);
}
