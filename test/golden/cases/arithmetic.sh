# Arithmetic expansion $(( )) and the (( )) command.

#### basic operators
echo $((1 + 2)) $((7 - 10)) $((6 * 7)) $((7 / 2)) $((7 % 3))

#### precedence
echo $((2 + 3 * 4)) $(((2 + 3) * 4)) $((2 * 3 ** 2)) $((-2 ** 2))

#### exponent right associative
echo $((2 ** 3 ** 2)) $((2 ** 0))

#### division and modulo with negatives
echo $((-7 / 2)) $((7 / -2)) $((-7 % 3)) $((7 % -3)) $((-7 % -3))

#### bit operations
echo $((5 & 3)) $((5 | 3)) $((5 ^ 3)) $((~5)) $((~0))

#### shifts
echo $((1 << 4)) $((256 >> 3)) $((-16 >> 2)) $((1 << 63))

#### logical operators
echo $((1 && 0)) $((1 || 0)) $((!0)) $((!5)) $((0 && 1/0))

#### comparisons
echo $((3 < 4)) $((3 > 4)) $((3 <= 3)) $((3 >= 4)) $((3 == 3)) $((3 != 3))

#### ternary
x=5
echo $((x > 3 ? 10 : 20)) $((x > 9 ? 10 : x < 0 ? 20 : 30))

#### assignment operators
x=10
echo $((x += 5)) $((x -= 3)) $((x *= 2)) $((x /= 5)) $((x %= 3)) $((x <<= 3)) $((x >>= 1)) $((x |= 1)) $((x &= 6)) $((x ^= 3))
echo $x

#### pre and post increment
i=5
echo $((i++)) $i $((++i)) $i $((i--)) $i $((--i)) $i

#### variables without dollar
a=3 b=4
echo $((a * b)) $(($a * $b))

#### unset and empty variables are zero
unset u
e=
echo $((u + 1)) $((e + 2))

#### variable holding expression
expr='2 + 3'
echo $((expr * 2))

#### comma operator
echo $((a = 1, b = 2, a + b))

#### 64-bit overflow wraps
echo $((2 ** 63)) $((9223372036854775807 + 1)) $((-9223372036854775808 - 1))
echo $((2 ** 64)) $((9223372036854775807 * 2))

#### base literals
echo $((16#ff)) $((0x1f)) $((017)) $((2#1010)) $((36#z)) $((8#777))

#### division by zero [stderr]
echo before
echo $((1 / 0))
echo after

#### modulo by zero exit status
( echo $((5 % 0)) ) 2>/dev/null
echo "status $?"

#### invalid octal literal [stderr]
echo $((09))
echo after

#### arithmetic command status
(( 1 )); echo $?
(( 0 )); echo $?
(( 5 - 5 )); echo $?
(( -1 )); echo $?

#### arithmetic command assigns
(( x = 3 * 4 ))
echo $x
(( x++ ))
echo $x

#### arithmetic command in condition
n=7
if (( n % 2 == 1 )); then echo odd; else echo even; fi
(( n > 10 )) || echo small

#### let builtin
let 'y = 2 + 3' z=4*2
echo $y $z
let 'q = 0'; echo "status $?"

#### nested arithmetic and substitution
n=$(( $(echo 3) + $((2 * 2)) ))
echo $n

#### whitespace and parentheses
echo $((   ( 1 + 2 )   *   ( 3 + 4 )   ))

#### negative numbers and unary
echo $((-5)) $((- -5)) $((+5)) $((-(-3)))

#### string compare via numbers in variables
a=010
echo $((a)) $((10#$a))

#### large multiplication wraps
echo $((3037000500 * 3037000500))

#### for loop arithmetic form
for ((i = 0; i < 3; i++)); do echo -n "$i "; done; echo

#### arithmetic syntax error [stderr]
echo $((1 +))
echo after

#### division by zero in arithmetic command
(( 1 / 0 )); echo "status $?"
echo next

#### division by zero aborts rest of line
echo $((1 / 0)); echo same-line
echo next-line $?

#### division by zero inside function
f() {
  echo $((2 / 0))
  echo in-f
}
f
echo after-f $?
