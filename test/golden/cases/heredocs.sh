# Here-documents and here-strings.

#### heredoc with expansion
name=world
cat <<EOT
hello $name
sum $((1+2))
cmd $(echo sub)
EOT

#### heredoc quoted delimiter suppresses expansion
name=world
cat <<'EOT'
hello $name
sum $((1+2))
EOT

#### heredoc double-quoted delimiter
x=1
cat <<"END"
$x stays
END

#### heredoc backslash escapes
x=val
cat <<EOT
\$x is $x
back\\slash
EOT

#### heredoc with dash strips tabs
cat <<-EOT
	indented one
		indented two
	EOT

#### heredoc dash keeps spaces
cat <<-EOT
  two spaces
	EOT

#### heredoc into while read
while read a b; do echo "[$b][$a]"; done <<EOT
1 one
2 two
EOT

#### two heredocs on one line
cat <<A; cat <<B
from a
A
from b
B

#### heredoc to file
cat > f.txt <<EOT
line1
line2
EOT
wc -l < f.txt

#### heredoc in function
f() {
  cat <<EOT
arg=$1
EOT
}
f first

#### heredoc piped
cat <<EOT | tr a-z A-Z
shout
EOT

#### empty heredoc
cat <<EOT
EOT
echo end

#### heredoc preserves blank lines
cat <<EOT

middle

EOT
echo end

#### here-string
tr a-z A-Z <<< "hello there"

#### here-string adds newline
wc -c <<< abc

#### here-string with variable
v='a b  c'
cat <<< "$v"
cat <<< $v

#### here-string into read
read x y <<< "first second third"
echo "$x|$y"

#### heredoc with single quote in body
cat <<EOT
it's "quoted"
EOT

#### heredoc delimiter with underscore
cat <<END_OF_TEXT
ok
END_OF_TEXT
