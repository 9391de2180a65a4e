# awk: printf and sprintf conversions, flags, widths and precisions.

#### integer conversions
awk 'BEGIN { printf "%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d|%5.3d\n", 42, 42, 42, 42, 42, 42, 42, 7, -7 }'

#### integer conversion truncates and parses prefixes
awk 'BEGIN { printf "%d %d %d %d %d\n", 3.99, -3.99, "12abc", " 7 ", "x" }'

#### large integers
awk 'BEGIN { printf "%d %d %i\n", 2^53, 1e30, -1e20 }'

#### unsigned octal and hex
awk 'BEGIN { printf "%o %x %X %u %#o %#x %#X %#o\n", 8, 255, 255, 42, 8, 255, 255, 0 }'

#### negative unsigned wraps to 64 bits
awk 'BEGIN { printf "%u %x %o\n", -1, -1, -8 }'

#### float conversions
awk 'BEGIN { printf "%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G\n", 3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.0001234, 1e-10 }'

#### g conversion switches notation
awk 'BEGIN { printf "%g %g %g %g %g %g\n", 100000, 1000000, 123456789, 0.0001, 0.00001, 1.5 }'

#### alternate forms
awk 'BEGIN { printf "%#.0f %#.0e %#g %#.3g %.0f %.0f %.0f\n", 5, 5, 1, 1, 2.5, 3.5, 0.5 }'

#### ties round to even
awk 'BEGIN { printf "%.0f %.0f %.1f %.2f %.0e %.1e %.5g %g\n", 2.5, -2.5, 0.25, 1.125, 2.5, 1.25, 1.953125, 1.953125 }'

#### zero and sign flags on floats
awk 'BEGIN { printf "%08.2f|%+.1f|% .1f|%-8.2f|\n", -3.14159, 2.5, 2.5, 1.5 }'

#### infinity and nan in printf
awk 'BEGIN { inf = -log(0); printf "%f %e %g %d %5.1f %F\n", inf, -inf, inf, inf, inf, -inf }'

#### string conversion
awk 'BEGIN { printf "[%s] [%5s] [%-5s] [%.2s] [%5.1s]\n", "abc", "abc", "abc", "abc", "abc" }'

#### numbers through %s use CONVFMT
awk 'BEGIN { printf "%s %s %s\n", 3.14159265, 100, 1e30 }'

#### character conversion
awk 'BEGIN { printf "%c%c%c|%c|%3c|%-3c|\n", 72, 105, 33, "hello", "x", "y" }'

#### percent literal
awk 'BEGIN { printf "100%% done %5%|\n" }'

#### star width and precision
awk 'BEGIN { printf "[%*d] [%-*d] [%.*f] [%*.*s]\n", 5, 42, 4, 7, 2, 3.14159, 6, 2, "abcdef" }'

#### negative star width means left
awk 'BEGIN { printf "[%*d]\n", -5, 42 }'

#### positional arguments
awk 'BEGIN { printf "%2$s %1$s\n", "world", "hello" }'

#### unknown conversion printed as is
awk 'BEGIN { printf "%z|%5"; printf "abc%"; print "" }'

#### length modifiers ignored
awk 'BEGIN { printf "%ld %hd %lf\n", 5, 6, 1.5 }'

#### extra arguments ignored
awk 'BEGIN { printf "%s\n", "a", "b", "c" }'

#### sprintf returns string
awk 'BEGIN { s = sprintf("%05.1f-%s", 3.14159, "x"); print s, length(s) }'

#### printf with parenthesized list
awk 'BEGIN { printf("%s=%d\n", "x", 5) }'

#### printf reuses format per record
printf '1 a\n22 bb\n' | awk '{ printf "%-4s|%3d|\n", $2, $1 }'

#### not enough arguments [stderr]
awk 'BEGIN { printf "%d %d\n", 1 }'; echo "status $?"

#### not enough arguments with width [stderr]
awk 'BEGIN { printf "ab%-10.3dxy" }'; echo "status $?"
