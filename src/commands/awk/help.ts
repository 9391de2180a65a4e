/** awk's --help text and one-line summary. */

/** The summary shown in command listings. */
export const AWK_SUMMARY = 'pattern scanning and text processing language';

/** Usage lines, also printed after an option error. */
export function awkUsage(name: string): string {
  return `Usage: ${name} [OPTION]... -f PROGFILE [--] [FILE]...
  or:  ${name} [OPTION]... [--] 'PROGRAM' [FILE]...
`;
}

/** The full --help text. */
export function awkHelp(name: string): string {
  return `${awkUsage(name)}Run an awk program (POSIX awk with the common GNU awk extensions) on each
record of the FILEs, or of standard input when none is given. Operands of the
form VAR=VALUE are assignments made when they are reached.

  -F, --field-separator=FS   split fields by FS (one character, a regular
                               expression, or 't' escapes like '\\t')
  -v, --assign=VAR=VALUE     assign VALUE to VAR before the BEGIN rules run
  -f, --file=PROGFILE        read the program from PROGFILE (repeatable)
  -e, --source=PROGRAM       program text, added to any -f files (repeatable)
  -b, --characters-as-bytes  treat all data as single-byte characters
  -V, --version              print version information and exit
      --help                 display this help and exit

Text is handled by character in a UTF-8 locale and by byte when LC_ALL or
LC_CTYPE is C or POSIX. Commands given to system(), getline and print pipes
run through the shell.

Exit status is that of exit, else 0; 1 for errors in the program text and 2 for
fatal errors while it runs.
`;
}
