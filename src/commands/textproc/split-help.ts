/** The --help text of split. */
export const SPLIT_HELP = `Usage: split [OPTION]... [FILE [PREFIX]]
Write pieces of FILE to PREFIXaa, PREFIXab, ...; the default piece is
1000 lines and the default PREFIX is 'x'.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -a, --suffix-length=N   suffixes of N characters (default 2)
      --additional-suffix=SUFFIX  add SUFFIX after the generated suffix
  -b, --bytes=SIZE        SIZE bytes per output file
  -C, --line-bytes=SIZE   at most SIZE bytes of whole lines per output file
  -d                      numeric suffixes counting from 0, not letters
      --numeric-suffixes[=FROM]  like -d, but count from FROM
  -x                      hexadecimal suffixes counting from 0, not letters
      --hex-suffixes[=FROM]  like -x, but count from FROM
  -e, --elide-empty-files  with -n, create no empty files
  -l, --lines=NUMBER      NUMBER lines (records) per output file
  -n, --number=CHUNKS     split into CHUNKS output files; see below
  -t, --separator=SEP     records end with SEP, not newline (\\0 for NUL)
  -u, --unbuffered        (accepted; output is written as it comes)
      --verbose           say which file is about to be created
      --help        display this help and exit

SIZE is an integer with an optional unit: K, M, G, T, P, E, Z, Y (powers
of 1024) or KB, MB, ... (powers of 1000); b means 512 bytes.

CHUNKS may be:
  N       split into N files of equal size
  K/N     print the Kth of those N parts to standard output
  l/N     N files of about equal size, without splitting lines
  l/K/N   print the Kth of those to standard output
  r/N     like l/N, but deal the lines out in turn
  r/K/N   print the Kth of those to standard output

The -n modes need a file whose size is known; standard input is refused.
`;
