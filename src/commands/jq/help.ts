/** jq's --help text and version. */

/** What `jq --version` prints. */
export const JQ_VERSION = 'jq-1.7.1\n';

/** What `jq --help` prints. */
export const JQ_HELP = `Usage: jq [OPTION]... FILTER [FILE]...
  or:  jq [OPTION]... --args FILTER [STRING]...
  or:  jq [OPTION]... --jsonargs FILTER [JSON]...
Run the jq FILTER over each JSON text read from the FILEs (standard input
when there is none) and print every result as JSON. With no FILTER, print
each input as it is ('.').

Input:
  -n, --null-input          run the filter once, on null; read inputs with
                              'input' and 'inputs'
  -R, --raw-input           read each line as a string, not as JSON
  -s, --slurp               collect every input into one array (with -R:
                              all of the text into one string)
      --stream              read each input as [path, leaf] events
      --seq                 write an ASCII RS before each output
Output:
  -c, --compact-output      print each result on one line
  -r, --raw-output          print strings without quotes or escapes
  -j, --join-output         like -r, without a newline after each result
      --raw-output0         like -r, with a NUL after each result
  -a, --ascii-output        escape every non-ASCII character
  -S, --sort-keys           print object keys in sorted order
      --tab                 indent with one tab per level
      --indent N            indent with N spaces (0 to 7; 0 is compact)
  -C, --color-output        accepted for compatibility; output is not colored
  -M, --monochrome-output   accepted for compatibility
Variables:
      --arg NAME VALUE      bind $NAME to the string VALUE
      --argjson NAME JSON   bind $NAME to the JSON value
      --slurpfile NAME FILE bind $NAME to an array of the JSON texts in FILE
      --rawfile NAME FILE   bind $NAME to the text of FILE
      --args                take the remaining operands as strings
                              ($ARGS.positional)
      --jsonargs            take the remaining operands as JSON texts
Other:
  -f, --from-file FILE      read the filter from FILE
  -e, --exit-status         exit 1 when the last result is false or null,
                              4 when there is no result
  -h, --help                display this help and exit
  -V, --version             output version information and exit

Exit status: 0 on success, 2 for usage and input errors, 3 when the filter
does not compile, 5 when the filter raised an error.
`;
