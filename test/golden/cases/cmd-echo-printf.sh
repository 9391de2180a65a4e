# echo and printf.

#### echo joins arguments
echo a b   c

#### echo -n
echo -n no-newline; echo "|"

#### echo -e escapes
echo -e 'a\tb\nc\\d'

#### echo without -e keeps backslashes
echo 'a\tb'

#### echo -E disables escapes
echo -E 'a\nb'

#### echo -e stop with backslash c
echo -e 'shown\cnot shown'; echo

#### echo dash-dash is printed
echo -- x

#### echo unknown option is printed
echo -z text

#### echo empty
echo
echo ""

#### echo combined flags
echo -ne 'x\ty'; echo

#### echo -e octal and hex
echo -e '\0101\x42'

#### printf basic format
printf '%s-%s\n' a b

#### printf reuses format
printf '%s\n' one two three

#### printf integers
printf '%d %i %5d|%-5d|%05d\n' 42 7 3 4 5

#### printf floats
printf '%.2f %8.3f %e\n' 3.14159 2.5 1234.5

#### printf strings width and precision
printf '[%5s][%-5s][%.2s]\n' ab cd efgh

#### printf hex octal
printf '%x %X %o %#x\n' 255 255 8 255

#### printf char and percent
printf '%c%c %%\n' abc def

#### printf escapes in format
printf 'a\tb\\n\n'

#### printf b interprets escapes in argument
printf '%b\n' 'x\ty'

#### printf q quotes
printf '%q\n' 'a b' "it's"

#### printf missing arguments
printf '%s|%d|\n'

#### printf too few args for reuse
printf '%s %s\n' a b c

#### printf numeric from char
printf '%d\n' "'A"

#### printf invalid number [stderr]
printf '%d\n' abc
echo "status $?"

#### printf no format [stderr]
printf
echo "status $?"

#### printf no trailing newline
printf abc; printf '\n'

#### printf negative and plus flags
printf '%+d %+d % d\n' 5 -5 5

#### printf star width
printf '[%*s]\n' 6 hi

#### printf leading dash in format needs dash dash
printf -- '-x-\n'
