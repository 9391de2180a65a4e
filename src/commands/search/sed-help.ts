/** sed's --help and --version texts. */

/** The --help text (also printed, to stderr, after a usage error, as GNU does). */
export const HELP = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...
Edit a stream of lines with a script of commands. Mirage's sed follows GNU sed
4.9 in the C locale: every byte is one character.

  -n, --quiet, --silent
                 do not print the pattern space at the end of each cycle
  -e script, --expression=script
                 add script to the commands (may be repeated)
  -f script-file, --file=script-file
                 add the contents of script-file to the commands
  -i[SUFFIX], --in-place[=SUFFIX]
                 write the output back to each file, first copying it to
                 its name plus SUFFIX when one is given (a * in SUFFIX stands
                 for the file name); a file is rewritten only once it has been
                 read completely
  -l N, --line-length=N
                 fold the output of the l command at N columns (0: never)
  --posix        accepted; GNU extensions stay available
  -E, -r, --regexp-extended
                 read regexes as extended regular expressions
  -s, --separate
                 treat the files separately: line numbers and $ restart in
                 each file
  --sandbox      refuse the r, R, w and W commands
  -u, --unbuffered
                 accepted; output is written as it is produced
  -z, --null-data
                 lines end with a NUL byte instead of a newline
      --debug, --follow-symlinks
                 accepted and ignored
      --help     display this help and exit
      --version  output version information and exit

Commands: s y p P d D n N g G h H x b t T : = l q Q a i c r R w W z F { } #,
with addresses N, $, /re/ (flags I M), \\%re%, first~step, addr1,addr2,
addr1,+N, addr1,~N, 0,/re/ and !. The e command and the e flag of s are not
available (Mirage runs no external programs).

If no -e or -f option is given, the first operand is the script. The other
operands are input files; standard input is read when there are none or for -.
`;

/** The --version text. */
export const VERSION = 'sed (GNU sed) 4.9\nMirage implementation of the GNU sed interface.\n';
