/** The --help text of uniq. */
export const UNIQ_HELP = `Usage: uniq [OPTION]... [INPUT [OUTPUT]]
Drop all but the first of each run of adjacent equal lines of INPUT (or
standard input), writing to OUTPUT (or standard output).

With no options, equal adjacent lines are merged into their first occurrence.

Mandatory arguments to long options are mandatory for short options too.
  -c, --count           put the number of occurrences before each line
  -d, --repeated        print one line of each group of repeated lines only
  -D                    print every line of each group of repeated lines
      --all-repeated[=METHOD]  like -D, and METHOD=none,prepend,separate
                          chooses how groups are delimited (empty lines)
  -f, --skip-fields=N   ignore the first N fields when comparing
      --group[=METHOD]  print every line, with an empty line between groups;
                          METHOD={separate(default),prepend,append,both}
  -i, --ignore-case     compare without regard to case
  -s, --skip-chars=N    ignore the first N characters when comparing
  -u, --unique          print only the lines that are not repeated
  -z, --zero-terminated     lines end with a NUL byte, not a newline
  -w, --check-chars=N   compare at most N characters of each line
      --help        display this help and exit

A field is a run of blanks (spaces or tabs) followed by non-blanks; fields
are skipped before characters.

Repeated lines are detected only when adjacent; sort the input first to
catch them all, or use 'sort -u' instead of 'uniq'.
`;
