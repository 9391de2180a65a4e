# bc: arbitrary precision, scale rules, bases, the language and -l.

#### bc arithmetic and scale
echo '1+2; 10/3; scale=5; 10/3; -7/2; 7 % 3; -5 % 3' | bc

#### bc scale rules for products and powers
echo '1.5^2; .5 * 3; scale=2; 1/3*3; scale=3; 2^-2; .1*.1' | bc

#### bc leading zeros and signs
echo '0.5; -0.5; 1.50+1.5; 5-5; -.5*2' | bc

#### bc big numbers wrap at 70 columns
echo '2^1000' | bc
echo '99999999999999999999*99999999999999999999' | bc

#### bc line length from the environment
echo '2^300' | BC_LINE_LENGTH=30 bc
echo '2^300' | BC_LINE_LENGTH=0 bc

#### bc output and input bases
echo 'obase=16; 255; -255; obase=2; 10; obase=8; -10.5' | bc
echo 'ibase=16; FF; ibase=2; 1010.1' | bc
echo 'obase=20; 123456; obase=100; 12345' | bc
echo 'obase=2; scale=3; 1/3; obase=16; scale=5; 1/3' | bc

#### bc variables arrays and increments
echo 'x=5; x++; x; ++x; x--; x; a[3]=4; a[3]*2; a=b=3; a+b' | bc
echo 'x=2; x^=3; x; x%=5; x; x+=1; x' | bc

#### bc comparisons and logic
echo '3 > 2; 2 < 10; 3 == 3.0; 1 && 0; 0 || 2; !0; !5' | bc

#### bc control flow
echo 'for (i = 0; i < 3; i++) i' | bc
echo 'i = 0; while (i < 3) { i; i += 1 }' | bc
echo 'if (1) 5 else 6; if (0) 7 else 8' | bc
echo 'i=0; while (1) { i+=1; if (i>4) break; if (i==2) continue; i }' | bc

#### bc functions
printf 'define f(x) { return x*2; }\nf(21)\n' | bc
printf 'define r(n) { if (n<=1) return 1; return n*r(n-1); }\nr(30)\n' | bc
printf 'define v() { auto a; a=3; return a }\nv()\na\n' | bc
printf 'define g(a[]) { return a[1]; }\nb[1]=9\ng(b[])\n' | bc

#### bc strings and print
echo '"hello"; print "a\tb\n"; print 1, "x", 2, "\n"' | bc

#### bc built-in functions
echo 'sqrt(2); scale=10; sqrt(2); length(123.45); scale(123.45); length(.005)' | bc

#### bc math library
echo 's(1); c(0); a(1); l(10); e(1); j(0,1)' | bc -l
echo 'scale=50; 4*a(1)' | bc -l
echo 'e(100); l(0)' | bc -l
echo '10/3; sqrt(2)' | bc -l

#### bc last and comments
printf '5\nlast*2\n. + 1\n/* comment */ 7 # more\n' | bc

#### bc quit and halt
printf '1\nquit\n2\n' | bc
printf '1\nhalt\n2\n' | bc

#### bc runtime errors skip the line
printf '1/0; 5\n6\nx=1/0\nx\n' | bc 2>/dev/null
echo "status $?"

#### bc syntax errors [stderr]
printf '1 +\n2\n3\n' | bc
printf '1 +* 2\n5\n' | bc
printf 'x = 3 @\n5\n' | bc
echo "status $?"

#### bc unterminated last line [stderr]
printf '1\n2' | bc
echo "status $?"

#### bc reads files then stdin
printf 'x=6\n' > prog.bc
echo 'x*7' | bc prog.bc

#### bc missing file [stderr]
bc nope < /dev/null
echo "status $?"

#### bc warnings keep going
echo '2^1.5; scale=-1; scale' | bc 2>/dev/null
