# awk: operators and precedence, strnum comparisons, number to string conversions.

#### arithmetic operators
awk 'BEGIN { print 7 + 2, 7 - 2, 7 * 2, 7 / 2, 7 % 2, -7 % 2, 2 ^ 10, 2 ** 3 }'

#### precedence
awk 'BEGIN { print 1 + 2 * 3, (1 + 2) * 3, 2 ^ 3 ^ 2, -2 ^ 2, 2 ^ -1, 10 % 3 * 2, 7 - 2 - 1, !0 + 1, 1 - - 1 }'

#### comparison yields 1 or 0
awk 'BEGIN { print 1 < 2, 2 < 1, 1 == 1.0, "a" < "b", "a" != "a" }'

#### logical operators short circuit
awk 'BEGIN { x = 0; if (1 || x++) print "or", x; if (0 && x++) print "no"; print "x", x; print !1, !0, !"", !"a" }'

#### ternary
awk 'BEGIN { x = 5; print x > 3 ? "big" : "small"; print (x % 2 == 0) ? "even" : "odd" }'

#### nested ternary right associative
awk 'BEGIN { for (i = 1; i <= 3; i++) print i == 1 ? "one" : i == 2 ? "two" : "many" }'

#### assignment operators
awk 'BEGIN { x = 10; x += 5; print x; x -= 3; print x; x *= 2; print x; x /= 4; print x; x %= 4; print x; x ^= 3; print x; x **= 2; print x }'

#### chained assignment
awk 'BEGIN { a = b = c = 7; print a, b, c; x += y += 2; print x, y }'

#### increment and decrement
awk 'BEGIN { x = 1; print x++, x, ++x, x--, x, --x }'

#### increment of fields and elements
echo '5 6' | awk '{ $1++; ++$2; a["k"]++; a["k"] += 2; print $0, a["k"] }'

#### field operator binds tight
echo 'a b c' | awk '{ i = 1; print $NF, $NF-1, $(NF-1), $i++, i }'

#### unary minus and concatenation
awk 'BEGIN { x = 3; print x -1; print x " " -1; print 1 " " -1; print -x " " -x }'

#### concatenation with not
awk 'BEGIN { print 1 !x; print "a" (1 < 2) "b" }'

#### concatenation precedence against comparison
awk 'BEGIN { print ("a" "b" == "ab"), (1 2 == 12), ("x" < "y" "z") }'

#### in operator
awk 'BEGIN { a["x"]; a[1, 2]; print ("x" in a), ("y" in a), ((1, 2) in a), ((2, 1) in a) }'

#### string versus number comparison of constants
awk 'BEGIN { print ("10" < "9"), (10 < 9), ("abc" < 1), (2 < "10") }'

#### strnum fields compare numerically
printf '10 9\n1e2 100\n0x10 16\nabc 1\n 12  12.0\n' | awk '{ print ($1 == $2), ($1 < $2) }'

#### strnum from getline and split
awk 'BEGIN { split("10 9", a); print (a[1] > a[2]); "echo 10" | getline v; print (v > 9) }'

#### strnum survives assignment
echo '10 9' | awk '{ x = $1; y = $2; print (x > y) }'

#### string constant assigned to field is a string
echo '10 9' | awk '{ $1 = "10"; print ($1 > $2) }'

#### uninitialized compares as number and string
awk 'BEGIN { print (x == 0), (x == ""), (x < 1), (x < "a") }'

#### for-in keys compare as numbers
awk 'BEGIN { a[10]; a[9]; a[100]; n = 0; for (k in a) if (k < 50) n++; print n }'

#### numeric string conversions
awk 'BEGIN { print "3x" + 0, "  12  " + 1, "1e3" * 1, ".5" + 0, "+5" + 0, "-.5e1" + 0, "x" + 0, "0x11" + 0 }'

#### integers print exactly
awk 'BEGIN { print 1e6, 1e15, 1e16, 2^53, 2^53 + 1, 1e30, -1e30, 123456789012 }'

#### non integers use OFMT
awk 'BEGIN { print 0.1, 1/3, 100/3, 123456.7, 1234567.8, 1e-5, 3.0, 0.1 + 0.2 }'

#### OFMT and CONVFMT
awk 'BEGIN { OFMT = "%.2f"; CONVFMT = "%.3f"; x = 3.14159265; print x; y = x ""; print y; print 17 "" }'

#### CONVFMT for array subscripts
awk 'BEGIN { CONVFMT = "%.2g"; a[0.123456] = 1; for (k in a) print k; a[12] = 2; print (12 in a), ("12" in a) }'

#### infinity and nan
awk 'BEGIN { print 1e300 * 1e300, -1e300 * 1e300, log(0) }'

#### integer division and modulo of negatives
awk 'BEGIN { print int(7 / 2), int(-7 / 2), -7 % 3, 7 % -3, 5.5 % 2 }'

#### large and small exponents
awk 'BEGIN { print 10 ^ 20, 10 ^ -3, 0 ^ 0, (-8) ^ (1/3) }'

#### comparison chain needs parentheses
awk 'BEGIN { print (1 < 2) < 3 }'

#### regex as value matches record
echo 'hello' | awk '{ x = /ell/; y = /zzz/; print x, y }'

#### grouping regex in condition
echo 'abc' | awk '(/b/) { print "yes" }'

#### division by zero
echo a | awk '{ x = 0; print 1 / x }'; echo "status $?"

#### modulo by zero
awk 'BEGIN { x = 0; print 1 % x }'; echo "status $?"
