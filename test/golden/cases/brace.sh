# Brace expansion.

#### comma list
echo {a,b,c}

#### prefix and suffix
echo pre{x,y}post

#### numeric range
echo {1..10}

#### reverse range
echo {5..1}

#### letter range
echo {a..e} {e..a}

#### step
echo {1..10..3} {10..1..4}

#### zero padding
echo {05..10}
echo {1..010..3}

#### negative range
echo {-2..2}

#### nested braces
echo {a,b{1,2},c}

#### cartesian product
echo {a,b}{1,2}

#### no expansion in quotes
echo "{a,b}" '{1..3}'

#### single item is literal
echo {a} {} {a..}

#### empty element
echo x{,y}

#### brace expansion in mkdir
mkdir -p d/{one,two}/sub
ls d

#### brace with variable is not range
n=3
echo {1..$n}

#### brace before other expansions
x=v
echo {$x,w}

#### escaped brace is literal
echo \{a,b\}

#### range with letters mixed is literal
echo {a..3}

#### brace in assignment is literal
x={a,b}
echo $x

#### brace in for loop
for f in file{1..3}.txt; do echo $f; done
