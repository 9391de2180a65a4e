# Tilde expansion, checked without printing HOME.

#### tilde equals HOME
[ ~ = "$HOME" ] && echo same

#### tilde with slash
[ ~/x = "$HOME/x" ] && echo same

#### quoted tilde not expanded
[ "~" = "$HOME" ] || echo literal

#### tilde in middle not expanded
x=a~
echo $x

#### tilde after colon in assignment
p=a:~
[ "$p" = "a:$HOME" ] && echo expanded

#### tilde follows changed HOME
HOME=/custom/home
echo ~ ~/sub

#### tilde plus is PWD
mkdir d && cd d
[ ~+ = "$PWD" ] && echo pwd
