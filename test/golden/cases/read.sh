# The read builtin.

#### read one variable
read x <<< "hello world"
echo "[$x]"

#### read several variables last gets rest
read a b <<< "one two three"
echo "[$a] [$b]"

#### read more variables than words
read a b c <<< "only"
echo "[$a] [$b] [$c]"

#### read strips leading and trailing whitespace
read x <<< "   padded   "
echo "[$x]"

#### read default REPLY keeps whitespace
read <<< "  spaced  "
echo "[$REPLY]"

#### read backslash processing
read x <<< 'a\tb\\c'
echo "[$x]"

#### read -r keeps backslashes
read -r x <<< 'a\tb\\c'
echo "[$x]"

#### read line continuation without -r
printf 'first \\\nsecond\n' > f
read x < f
echo "[$x]"

#### read -a into array
read -a arr <<< "x y z"
echo "${#arr[@]} ${arr[2]}"

#### read -d custom delimiter
read -d , x <<< "one,two"
echo "[$x]"

#### read -d empty reads to NUL
printf 'a\nb\0c' > f
read -d '' x < f
echo "[$x]"

#### read -p prompt is silent without a terminal [stderr]
read -p 'prompt> ' x <<< value
echo "[$x]"

#### read with custom IFS
IFS=, read a b c <<< "1,2,3"
echo "$a-$b-$c"

#### read at EOF returns 1
read x < /dev/null
echo "status $? [$x]"

#### read last line without newline
printf 'a\nb' > f
while read -r l; do echo "[$l]"; done < f
echo "---"
while read -r l || [ -n "$l" ]; do echo "[$l]"; done < f

#### read from pipe in while loop
printf '1 2\n3 4\n' | while read a b; do echo $((a + b)); done

#### read -n count characters
read -n 3 x <<< "abcdef"
echo "[$x]"

#### read empty line
printf '\nnext\n' > f
{ read a; read b; } < f
echo "[$a] [$b]"

#### read -r with tabs and IFS empty
printf '\t indented\t\n' > f
IFS= read -r x < f
printf '[%s]\n' "$x"

#### read from stdin null device in loop
n=0
while read l; do n=$((n+1)); done
echo "lines $n"

#### read sets var empty at EOF
x=old
read x < /dev/null
echo "[$x]"

#### read with invalid option
read -Z x <<< hi
echo "status $?"
