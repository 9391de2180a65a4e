# Word splitting with default and custom IFS.

#### default ifs splits on space tab newline
x=$'a  b\tc\nd'
printf '<%s>' $x; echo

#### leading and trailing whitespace dropped
x='   lead and trail   '
printf '<%s>' $x; echo

#### custom ifs comma
x=a,b,,c
IFS=,
printf '<%s>' $x; echo

#### custom ifs with whitespace and non-whitespace
x='a , b,c'
IFS=', '
printf '<%s>' $x; echo

#### empty ifs disables splitting
x='a b c'
IFS=
printf '<%s>' $x; echo

#### unset ifs uses default
x='a b'
unset IFS
printf '<%s>' $x; echo

#### ifs colon for path like
p=/bin:/usr/bin:
IFS=:
for d in $p; do echo "[$d]"; done

#### quoted expansion not split
x='a b'
printf '<%s>' "$x"; echo

#### empty unquoted variable vanishes
e=
printf '<%s>' a $e b; echo

#### empty quoted variable stays
e=
printf '<%s>' a "$e" b; echo

#### splitting of substitution output
printf '<%s>' $(printf 'x y\nz'); echo

#### assignment is not split
x='a   b'
y=$x
echo "$y"

#### ifs in read
IFS=: read a b c <<< "1:2:3:4"
echo "$a|$b|$c"

#### ifs local to command
x='a:b'
IFS=: read p q <<< "$x"
printf '<%s>' $x; echo
echo "$p $q"

#### trailing ifs char does not make empty field
x='a,b,'
IFS=,
printf '<%s>' $x; echo

#### newline only ifs
x=$'one two\nthree'
IFS=$'\n'
printf '<%s>' $x; echo
