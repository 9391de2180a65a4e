# awk: user functions, arrays, control flow.

#### recursive function
awk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10), fact(20) }'

#### fibonacci recursion
awk 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } BEGIN { print fib(22) }'

#### local variables through extra parameters
awk 'function f(a,    i, s) { for (i = 1; i <= a; i++) s = s i; return s } BEGIN { i = "global"; print f(5), i }'

#### scalars pass by value
awk 'function f(x) { x = x * 2; return x } BEGIN { y = 5; print f(y), y }'

#### arrays pass by reference
awk 'function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 4); print sq[1], sq[2], sq[3], sq[4], length(sq) }'

#### uninitialized argument becomes an array
awk 'function add(a, k) { a[k] = 1 } BEGIN { add(set, "x"); add(set, "y"); print length(set), ("x" in set) }'

#### local array parameter is fresh per call
awk 'function f(n,   tmp) { tmp[n] = 1; return length(tmp) } BEGIN { print f(1), f(2), f(3) }'

#### function without return gives empty
awk 'function f() { } BEGIN { x = f(); print "[" x "]", x + 0 }'

#### function called with fewer arguments
awk 'function f(a, b) { return "[" a "][" b "]" } BEGIN { print f(1) }'

#### function defined after use and func keyword
awk 'BEGIN { print twice(21) }
func twice(x) { return 2 * x }'

#### recursion over an array
awk 'function sum(a, n) { return n == 0 ? 0 : a[n] + sum(a, n - 1) } BEGIN { for (i = 1; i <= 100; i++) v[i] = i; print sum(v, 100) }'

#### next inside a function
printf '1\n2\n3\n' | awk 'function skip() { next } NR == 2 { skip() } { print }'

#### exit inside a function
awk 'function die(code) { print "dying"; exit code } BEGIN { die(7); print "not here" }'; echo "status $?"

#### getline and print inside functions
printf 'a\nb\nc\n' | awk 'function show(x) { print "<" x ">" } { getline nxt; show($0 "+" nxt) }'

#### associative arrays and delete
awk 'BEGIN { a["x"] = 1; a["y"] = 2; a["z"] = 3; delete a["y"]; n = 0; for (k in a) n++; print n, ("y" in a); delete a; print length(a) }'

#### referencing an element creates it
awk 'BEGIN { if (a["x"] == "") print "empty"; print length(a), ("x" in a) }'

#### in does not create elements
awk 'BEGIN { if ("x" in a) print "yes"; print length(a) }'

#### multi-dimensional arrays and SUBSEP
awk 'BEGIN { a[1, 2] = "x"; SUBSEP = ":"; a[3, 4] = "y"; for (k in a) print k, a[k] }' | sort

#### splitting a combined key
awk 'BEGIN { m["r1", "c2"] = 5; for (k in m) { split(k, p, SUBSEP); print p[1], p[2], m[k] } }'

#### numeric subscripts are strings
awk 'BEGIN { a[1] = "one"; print a["1"], (1 in a), ("01" in a); a["01"] = "z"; print length(a) }'

#### delete during for-in
awk 'BEGIN { for (i = 0; i < 10; i++) a[i]; for (k in a) delete a[k]; print length(a) }'

#### sorted for-in with PROCINFO
awk 'BEGIN { a["b"] = 3; a["a"] = 1; a["c"] = 2; PROCINFO["sorted_in"] = "@ind_str_asc"; for (k in a) printf "%s ", k; print ""; PROCINFO["sorted_in"] = "@val_num_desc"; for (k in a) printf "%s ", k; print "" }'

#### asort and asorti
awk 'BEGIN { a["x"] = 30; a["y"] = 10; a["z"] = 20; n = asort(a, b); print n, b[1], b[2], b[3]; n = asorti(a, c); print n, c[1], c[2], c[3] }'

#### if else chains
awk 'BEGIN { for (i = 0; i < 4; i++) { if (i == 0) print "zero"; else if (i == 1) print "one"; else print "many" } }'

#### else on a later line
awk 'BEGIN { if (0)
    print "a"
  else
    print "b" }'

#### while do and for loops
awk 'BEGIN { i = 0; while (i < 3) i++; print i; do { i-- } while (i > 0); print i; for (j = 0; j < 5; j += 2) printf "%d ", j; print "" }'

#### break and continue
awk 'BEGIN { for (i = 0; i < 10; i++) { if (i == 2) continue; if (i == 5) break; printf "%d ", i }; print "" }'

#### infinite for with break
awk 'BEGIN { for (;;) { n++; if (n > 3) break }; print n }'

#### empty loop bodies
awk 'BEGIN { for (i = 0; i < 5; i++); print i; while (j++ < 3); print j }'

#### nested loops and arrays
awk 'BEGIN { for (i = 1; i <= 3; i++) for (j = 1; j <= 3; j++) m[i, j] = i * j; print m[2, 3], m[3, 3], length(m) }'

#### word frequency
printf 'the cat the dog\nthe end\n' | awk '{ for (i = 1; i <= NF; i++) c[$i]++ } END { for (w in c) print w, c[w] }' | sort

#### group by with sums
printf 'a,1\nb,2\na,3\n' | awk -F, '{ s[$1] += $2; n[$1]++ } END { for (k in s) printf "%s %d %.1f\n", k, s[k], s[k] / n[k] }' | sort
