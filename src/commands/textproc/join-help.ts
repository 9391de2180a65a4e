/** The --help text of join. */
export const JOIN_HELP = `Usage: join [OPTION]... FILE1 FILE2
For each pair of input lines with equal join fields, write one line to
standard output. The join field is the first field, and fields are
separated by blanks by default; the output starts with the join field,
followed by the other fields of FILE1 and then those of FILE2.

When FILE1 or FILE2 (not both) is -, read standard input.

  -a FILENUM        also print the lines of file FILENUM (1 or 2) that have
                      no partner
  -e STRING         print STRING for fields that are missing from a line
  -i, --ignore-case  compare join fields without regard to case
  -j FIELD          same as '-1 FIELD -2 FIELD'
  -o FORMAT         print fields as FORMAT says (see below)
  -t CHAR           separate fields, on input and output, by CHAR
  -v FILENUM        like -a FILENUM, but print no joined lines
  -1 FIELD          join on this field of file 1
  -2 FIELD          join on this field of file 2
      --check-order  fail as soon as an input is found to be unsorted
      --nocheck-order  never check that the input is sorted
      --header      join the first lines of both files as a header, without
                      checking their order
  -z, --zero-terminated     lines end with a NUL byte, not a newline
      --help        display this help and exit

Without -t, leading blanks are skipped and fields are separated by runs of
blanks. FORMAT is a list of 0 (the join field) or M.N (field N of file M),
separated by commas or blanks; 'auto' takes the field count of each file's
first line. The inputs must be sorted on the join fields in byte order;
unless --nocheck-order is given, a warning (and exit status 1) follows the
first line out of order once an unpaired line has been seen.
`;
