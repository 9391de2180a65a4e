/** The --help text of sort. */
export const SORT_HELP = `Usage: sort [OPTION]... [FILE]...
  or:  sort [OPTION]... --files0-from=F
Write the lines of all FILE(s), sorted, to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
Ordering options:

  -b, --ignore-leading-blanks  skip blanks at the start of each key
  -d, --dictionary-order      look only at blanks, letters and digits
  -f, --ignore-case           compare lower-case letters as upper-case
  -g, --general-numeric-sort  compare as floating-point numbers
  -i, --ignore-nonprinting    look only at printable characters
  -M, --month-sort            compare (unknown) < 'JAN' < ... < 'DEC'
  -h, --human-numeric-sort    compare sizes with suffixes (2K, 1G)
  -n, --numeric-sort          compare as decimal numbers
  -R, --random-sort           shuffle, keeping equal keys together
      --random-source=FILE    take the shuffle's seed from FILE
  -r, --reverse               reverse every comparison
      --sort=WORD             order by WORD: general-numeric -g,
                                human-numeric -h, month -M, numeric -n,
                                random -R, version -V
  -V, --version-sort          order version numbers within text

Other options:

      --batch-size=NMERGE   (accepted; merges are not batched)
  -c, --check, --check=diagnose-first  check that the input is sorted and
                              report the first line out of order
  -C, --check=quiet, --check=silent  like -c, but report nothing
      --compress-program=PROG  (accepted; spilled runs use zlib)
      --files0-from=F       read the input file names from F, each ended
                              by a NUL byte
  -k, --key=KEYDEF          sort by the key KEYDEF (position and type)
  -m, --merge               merge inputs that are already sorted
  -o, --output=FILE         write to FILE, which may also be an input
  -s, --stable              keep the input order of lines with equal keys
  -S, --buffer-size=SIZE    (accepted; the memory budget is fixed)
  -t, --field-separator=SEP  split fields at SEP instead of at the change
                              from blank to non-blank
  -T, --temporary-directory=DIR  (accepted; runs stay in memory)
      --parallel=N          (accepted; sorting uses one thread)
  -u, --unique              print only the first of lines with equal keys;
                              with -c, also require strict order
  -z, --zero-terminated     lines end with a NUL byte, not a newline
      --help        display this help and exit

KEYDEF is F[.C][OPTS][,F[.C][OPTS]]: a start and an end position. F is a
field number and C a character position in that field, both counted from 1;
an end C of 0 or none means the end of the field. With no -t and no -b,
characters of a field include its leading blanks. OPTS are ordering letters
[bdfgiMhnRrV] that replace the global ordering options for that key. With
no key the whole line is the key. Lines equal on every key are compared as
whole lines in byte order unless -s or -u is given.

SIZE may carry a unit suffix: % b K M G T P E Z Y.

Ordering is by bytes, as in the C locale.
`;
