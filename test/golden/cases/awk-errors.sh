# awk: gawk's messages for program errors (exit 1) and runtime fatals (exit 2).

#### syntax error with caret [stderr]
awk 'BEGIN { x = 1 +* 2 }'; echo "status $?"

#### syntax error on a later line [stderr]
awk 'BEGIN { print 1
print 2 +
}'; echo "status $?"

#### unexpected end of program [stderr]
awk 'BEGIN {'; echo "status $?"

#### missing closing brace [stderr]
awk 'BEGIN { x = 1'; echo "status $?"

#### extra closing brace [stderr]
awk 'BEGIN { x = 1 } }'; echo "status $?"

#### caret keeps tabs [stderr]
awk 'BEGIN	{ x =	* }'; echo "status $?"

#### stray close paren [stderr]
awk 'BEGIN { print ) }'; echo "status $?"

#### else without if [stderr]
awk 'BEGIN { if (x) else y }'; echo "status $?"

#### dollar without operand [stderr]
awk '{ print $1 $ }'; echo "status $?"

#### non associative comparison [stderr]
awk 'BEGIN { x = 1 < 2 < 3 }'; echo "status $?"

#### print redirect without target [stderr]
awk 'BEGIN { print > }'; echo "status $?"

#### ternary after print redirection [stderr]
awk 'BEGIN { print length() > 0 ? "a" : "b" }'; echo "status $?"

#### unterminated string [stderr]
awk 'BEGIN { x = "abc }'; echo "status $?"

#### unterminated regex [stderr]
awk 'BEGIN { x = /abc }'; echo "status $?"

#### unknown escape warns [stderr]
awk 'BEGIN { print "a\qb" }'; echo "status $?"

#### wrong number of builtin arguments [stderr]
awk 'BEGIN { print length(1, 2) }'; echo "status $?"
awk 'BEGIN { substr("a") }'; echo "status $?"

#### undefined function [stderr]
awk 'BEGIN { f(1) }'; echo "status $?"

#### function defined twice [stderr]
awk 'function f() { } function f() { } BEGIN { }'; echo "status $?"

#### function named like a special variable [stderr]
awk 'function NR() { } BEGIN { }'; echo "status $?"

#### duplicate parameter [stderr]
awk 'function f(a, a) { } BEGIN { }'; echo "status $?"

#### parameter named like the function [stderr]
awk 'function f(f) { } BEGIN { }'; echo "status $?"

#### function used as a variable [stderr]
awk 'function f() { } BEGIN { f = 1 }'; echo "status $?"

#### too many arguments warns [stderr]
awk 'function f(a) { return a } BEGIN { print f(1, 2) }'; echo "status $?"

#### next in BEGIN [stderr]
awk 'BEGIN { next }'; echo "status $?"

#### next in END [stderr]
awk 'END { next }' </dev/null; echo "status $?"

#### next from a function called in BEGIN [stderr]
awk 'function f() { next } BEGIN { f() }'; echo "status $?"

#### return outside a function [stderr]
awk 'BEGIN { return 1 }'; echo "status $?"

#### break outside a loop [stderr]
awk 'BEGIN { break }'; echo "status $?"

#### division by constant zero [stderr]
awk 'BEGIN { x = 1; print x / 0 }'; echo "status $?"
awk 'BEGIN { print 2 % 0 }'; echo "status $?"

#### runtime division by zero [stderr]
echo a | awk '{ z = 0; print $1 / z }'; echo "status $?"

#### runtime division by zero in BEGIN [stderr]
awk 'BEGIN { z = 0; print 1 % z }'; echo "status $?"

#### negative field [stderr]
echo a | awk '{ i = -1; print $i }'; echo "status $?"

#### array used as scalar [stderr]
awk 'BEGIN { x[1] = 1; print x }'; echo "status $?"

#### scalar used as array [stderr]
awk 'BEGIN { x = 1; x[1] = 2 }'; echo "status $?"

#### scalar passed for array parameter [stderr]
awk 'function g(a) { a[1] = 5 } BEGIN { x = 1; g(x) }'; echo "status $?"

#### invalid regex constant [stderr]
awk 'BEGIN { if ("x" ~ /(/) print 1 }'; echo "status $?"

#### invalid dynamic regex [stderr]
awk 'BEGIN { r = "("; if ("x" ~ r) print 1 }'; echo "status $?"

#### output printed before a fatal error stays [stderr]
printf '1\n2\n0\n3\n' | awk '{ print 10 / $1 }'; echo "status $?"

#### missing program file [stderr]
awk -f nosuchfile.awk; echo "status $?"

#### syntax error in a program file [stderr]
printf 'BEGIN {\n  x = (1\n}\n' > prog.awk
awk -f prog.awk; echo "status $?"

#### program file and source [stderr]
printf 'function twice(x) { return 2 * x }\n' > lib.awk
awk -f lib.awk -e 'BEGIN { print twice(4) }'; echo "status $?"

#### illegal variable name in -v [stderr]
awk -v 1x=2 'BEGIN { }'; echo "status $?"

#### no program text
awk 2>/dev/null; echo "status $?"

#### program file ending inside a rule [stderr]
printf 'BEGIN {\n' > open1.awk
awk -f open1.awk; echo "status $?"
printf 'BEGIN { x = 1 +' > open2.awk
awk -f open2.awk; echo "status $?"
