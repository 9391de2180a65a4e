# Command substitution $( ) and backquotes.

#### dollar paren
echo "got $(echo inner)"

#### backquotes
echo "got `echo inner`"

#### trailing newlines stripped
x=$(printf 'a\n\n\n')
echo "[$x]"

#### inner newlines kept
x=$(printf 'a\n\nb\n')
echo "[$x]"

#### leading newlines kept
x=$(printf '\n\na')
echo "[$x]"

#### nested dollar paren
echo $(echo a $(echo b $(echo c)))

#### nested backquotes with escapes
echo `echo a \`echo b\``

#### unquoted substitution splits
printf '<%s>' $(echo 'a   b'); echo

#### quoted substitution keeps spaces
printf '<%s>' "$(echo 'a   b')"; echo

#### status of substitution in assignment
x=$(exit 3); echo $?
x=$(true); echo $?

#### substitution runs in subshell
v=outer
x=$(v=inner; echo $v)
echo "$x $v"

#### substitution of pipeline
echo $(printf 'c\nb\na\n' | sort | head -n 1)

#### substitution with cat of file
printf 'content\n' > f
echo "file: $(cat f)"

#### substitution with redirect shortcut
printf 'short\n' > f
echo "$(< f)"

#### empty substitution
x=$(true)
echo "[$x] ${#x}"

#### substitution in command name position
$(echo echo) dynamic

#### substitution with case and parens
x=$(case a in a) echo matched;; esac)
echo $x

#### substitution with stderr not captured
x=$(echo out; echo err >&2) 2>/dev/null
echo "[$x]"

#### substitution capturing stderr
x=$(ls nothing-here 2>&1)
echo "[$x]"

#### substitution in for list
for w in $(seq 3); do echo "n$w"; done

#### dollar paren with quotes inside
echo "$(echo "quoted ) paren")"
