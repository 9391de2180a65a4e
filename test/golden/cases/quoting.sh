# Single, double, ANSI-C quoting, backslashes, nesting.

#### single quotes are literal
x=1
echo '$x "y" \n $(echo no)'

#### double quotes expand
x=1
echo "x=$x sub=$(echo s) arith=$((2*3))"

#### double quotes keep spaces
echo "a    b"
echo a    b

#### backslash in double quotes
echo "a\$b \"q\" back\\slash \n keep"

#### backslash outside quotes
echo a\ b \$x \\ \"

#### ansi-c quoting escapes
printf '%s\n' $'tab:\there' $'nl:[\n]' $'quote:\'' $'hex:\x41' $'oct:\101'

#### ansi-c control escapes
printf '%s\n' $'\a\b\e\f\v\r' | cat -v

#### adjacent quoted pieces join
echo 'one'"two"three$'four'

#### single quote inside double quotes
echo "it's"

#### double quote inside single quotes
echo 'say "hi"'

#### escaped single quote trick
echo 'it'\''s'

#### empty quotes make an argument
set -- "" '' x
echo $#

#### quoted variable with glob chars is literal
touch a1 a2
p='a*'
echo "$p"
echo $p

#### nested quotes in command substitution
echo "outer $(echo "inner $(echo "deep")")"

#### dollar single quote in double quotes is literal
echo "$'x'"

#### quoted command name
'echo' quoted-name
"ec"ho joined-name

#### backslash newline continuation
echo one \
two \
three

#### backslash newline inside single quotes
echo 'a\
b'

#### dollar at end of word
echo cost$ "$" '$'

#### hash is comment only at word start
echo a#b # comment
echo "#not" '#comment'

#### quoted tilde is literal
echo "~" '~'

#### locale quoting is plain text
echo $"plain"
