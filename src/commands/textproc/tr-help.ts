/** The --help text of tr. */
export const TR_HELP = `Usage: tr [OPTION]... STRING1 [STRING2]
Copy standard input to standard output, translating, squeezing and/or
deleting characters.

  -c, -C, --complement    use the complement of STRING1
  -d, --delete            delete the characters of STRING1
  -s, --squeeze-repeats   collapse each run of one repeated character listed
                            in the last STRING given into one occurrence
  -t, --truncate-set1     first shorten STRING1 to the length of STRING2
      --help        display this help and exit

Each STRING is a list of characters; most stand for themselves, and these
have a special meaning:

  \\NNN            the byte with octal value NNN (1 to 3 octal digits)
  \\\\              backslash
  \\a              audible BEL
  \\b              backspace
  \\f              form feed
  \\n              new line
  \\r              return
  \\t              horizontal tab
  \\v              vertical tab
  CHAR1-CHAR2     every character from CHAR1 to CHAR2, ascending
  [CHAR*]         in STRING2, CHAR repeated as often as STRING1 needs
  [CHAR*REPEAT]   REPEAT copies of CHAR (octal if REPEAT starts with 0)
  [:alnum:]       every letter and digit
  [:alpha:]       every letter
  [:blank:]       every horizontal whitespace
  [:cntrl:]       every control character
  [:digit:]       every digit
  [:graph:]       every printable character except space
  [:lower:]       every lower-case letter
  [:print:]       every printable character including space
  [:punct:]       every punctuation character
  [:space:]       every horizontal or vertical whitespace
  [:upper:]       every upper-case letter
  [:xdigit:]      every hexadecimal digit
  [=CHAR=]        every character equivalent to CHAR

Translation happens when both STRINGs are given and -d is not; -t applies
only then. STRING2 is padded with its last character when it is shorter
than STRING1; extra characters of STRING2 are ignored. Only [:lower:] and
[:upper:] may appear in STRING2 when translating, and they must line up
with the same kind of class in STRING1 to convert case. Squeezing uses
STRING1 when only one STRING is given and STRING2 otherwise; deletion
always uses STRING1.
`;
