# expr: arithmetic, comparisons, logic, string functions, regex and errors.

#### expr arithmetic
expr 1 + 2
expr 5 - 10
expr 6 \* 7
expr 7 / 2
expr -7 / 2
expr -7 % 2
expr 17 % -5
expr 1 + 2 + 3 \* 4
expr \( 1 + 2 \) \* 3

#### expr big numbers
expr 9223372036854775807 + 1
expr 99999999999999999999 \* 2

#### expr comparisons
expr 1 \< 2
expr 10 \< 9
expr 10 \< 9a
expr a \< b
expr 2 \> 10
expr a \> 10
expr 1 = 01
expr a = a
expr 1 != 2
expr 3 \>= 3
expr 2 \<= 1
echo "status $?"

#### expr logic
expr 0 \| b
expr '' \| 0
echo "status $?"
expr a \& 0
expr a \& b

#### expr null and zero results
expr 0
echo "status $?"
expr ''
echo "status $?"
expr 00
echo "status $?"
expr -0
echo "status $?"

#### expr string functions
expr length hello
expr substr hello 2 3
expr substr hello 4 10
expr substr hello 0 2
echo "status $?"
expr index hello le
expr index hello z
expr + length

#### expr regex match
expr abc : 'a\(.\)c'
expr abc : ab
expr abc : x
echo "status $?"
expr abc : 'x\(.\)'
echo "status $?"
expr abc : '.*'
expr match abc 'a.'
expr aaa : 'a*'
expr ab : '\(a\|ab\)'
expr abcabc : '\(.*\)c'

#### expr double dash
expr -- 5 + 1

#### expr division by zero [stderr]
expr 10 / 0
echo "status $?"
expr 10 % 0
echo "status $?"

#### expr non-integer [stderr]
expr a + 1
echo "status $?"
expr ' 3' + 1
echo "status $?"

#### expr syntax errors [stderr]
expr 1 +
echo "status $?"
expr 1 2
echo "status $?"
expr \( 1 + 2
echo "status $?"
expr length
echo "status $?"
expr index abc
echo "status $?"

#### expr bad regex [stderr]
expr abc : 'a\{1'
echo "status $?"
expr abc : '\(a'
echo "status $?"

#### expr missing operand [stderr]
expr
echo "status $?"

#### expr in a loop
i=0
while [ $i -lt 3 ]; do i=$(expr $i + 1); echo $i; done
