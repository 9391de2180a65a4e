# awk: built-in string and numeric functions.

#### length forms
echo 'hello world' | awk '{ print length, length(), length($1), length(12345), length(1/3) }'

#### length of an array
awk 'BEGIN { a[1]; a[2]; a["x"]; print length(a) }'

#### substr
awk 'BEGIN { s = "hello"; print substr(s, 2), substr(s, 2, 3), substr(s, 0), substr(s, -1, 3), substr(s, 10), "[" substr(s, 2, -1) "]" }'

#### substr with fractions
awk 'BEGIN { s = "hello"; print substr(s, 1.5), substr(s, 2.5, 2), substr(s, 1, 2.7), substr(s, 0.5, 2) }'

#### index
awk 'BEGIN { print index("foobar", "bar"), index("foobar", "x"), index("abc", ""), index("", "a") }'

#### split default and explicit separators
awk 'BEGIN { n = split("  a  b c ", x); print n, x[1], x[3]; n = split("a:b::c", y, ":"); print n, "[" y[3] "]", y[4]; n = split("", z); print n, length(z) }'

#### split with regex and seps
awk 'BEGIN { n = split("a1b22c333", p, /[0-9]+/, s); print n, p[1], p[2], p[3], "[" p[4] "]", s[1], s[2], s[3] }'

#### split single character is literal
awk 'BEGIN { n = split("a.b.c", p, "."); print n, p[2]; n = split("a|b", q, "|"); print n, q[2] }'

#### split into characters
awk 'BEGIN { n = split("abc", c, ""); print n, c[1], c[3] }'

#### split clears the array
awk 'BEGIN { a["old"] = 1; split("x y", a); print length(a), ("old" in a) }'

#### sub and gsub counts
echo 'hello world' | awk '{ n = gsub(/o/, "0"); print n, $0; n = sub(/l+/, "L"); print n, $0 }'

#### gsub on a variable and a field
echo 'a-b-c x-y' | awk '{ v = $2; gsub("-", "+", v); gsub(/-/, "", $1); print v; print; print NF }'

#### ampersand and escaped ampersand
awk 'BEGIN { s = "cat"; gsub(/a/, "[&]", s); print s; t = "cat"; gsub(/a/, "\\&", t); print t; u = "cat"; gsub(/a/, "\\\\&", u); print u }'

#### gsub with empty matches
awk 'BEGIN { s = "abc"; gsub(/x*/, "-", s); print s; t = "abc"; gsub(//, "-", t); print t; u = "abc"; gsub(/b*/, "X", u); print u }'

#### gsub anchored
awk 'BEGIN { s = "aaa"; gsub(/^a/, "b", s); print s; t = "aaa"; gsub(/a$/, "b", t); print t }'

#### sub does not touch unmatched record
echo 'a  b' | awk '{ sub(/x/, "y"); print; sub(/a/, "A"); print }'

#### gensub
awk 'BEGIN { print gensub(/(a)(b)/, "\\2\\1", "g", "abab"); print gensub(/o/, "0", 2, "foo boo"); print gensub(/b/, "[&|\\0]", "G", "abc") }'

#### gensub on the record
echo 'x1 y2' | awk '{ print gensub(/([a-z])([0-9])/, "\\2\\1", "g"); print }'

#### match sets RSTART and RLENGTH
awk 'BEGIN { print match("foobar", /o+/), RSTART, RLENGTH; print match("abc", /z/), RSTART, RLENGTH }'

#### match is leftmost longest
awk 'BEGIN { match("xabcabcd", /abc|abcd|b/); print RSTART, RLENGTH; match("foobar", "o+|oob"); print RSTART, RLENGTH }'

#### match with array
awk 'BEGIN { match("key=value;", /([a-z]+)=([a-z]+)/, m); print m[0], m[1], m[2], m[1, "start"], m[2, "start"], m[2, "length"] }'

#### tolower and toupper
awk 'BEGIN { print tolower("Hello WORLD 123"), toupper("Hello world") }'

#### sprintf
awk 'BEGIN { x = sprintf("%s-%03d", "id", 7); print x }'

#### math functions
awk 'BEGIN { printf "%.4f %.4f %.4f %.4f %.4f %.4f\n", sin(1), cos(1), atan2(1, 2), exp(1), log(10), sqrt(2); print int(3.9), int(-3.9), int("7x") }'

#### log and sqrt of negatives [stderr]
awk 'BEGIN { print log(-1); print sqrt(-4) }'

#### rand is deterministic from srand
awk 'BEGIN { srand(1); a = rand(); srand(1); b = rand(); print (a == b), (a >= 0 && a < 1); srand(42); printf "%.6f %.6f\n", rand(), rand() }'

#### rand without srand matches gawk
awk 'BEGIN { printf "%.8f %.8f %.8f\n", rand(), rand(), rand() }'

#### srand returns the previous seed
awk 'BEGIN { print srand(5); print srand(9); x = srand(); print x }'

#### integer dice from rand
awk 'BEGIN { srand(7); for (i = 0; i < 10; i++) printf "%d ", int(rand() * 6) + 1; print "" }'

#### strtonum and bit functions
awk 'BEGIN { print strtonum("0x1A"), strtonum("017"), strtonum("12abc"), strtonum(" 0x10") }'
awk 'BEGIN { print and(12, 10), or(12, 10), xor(12, 10), lshift(1, 4), rshift(16, 2), compl(0), and(7, 3, 1) }'

#### typeof and isarray
awk 'BEGIN { a[1]; s = "x"; n = 1; print typeof(a), typeof(s), typeof(n), typeof(u), isarray(a), isarray(n) }'
echo 12 | awk '{ print typeof($1), typeof($2) }'

#### strftime with fixed time
awk 'BEGIN { print strftime("%Y-%m-%d %H:%M:%S", 0, 1); print strftime("%j %a %b", 86400 * 40, 1) }'

#### mktime
awk 'BEGIN { print mktime("1970 01 02 00 00 00"), mktime("2000 02 30 12 00 00"), mktime("bad") }'
