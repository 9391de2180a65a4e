# [[ ]] and test / [.

#### double bracket string equality
[[ abc == abc ]] && echo eq
[[ abc != abd ]] && echo ne

#### double bracket pattern match
[[ hello.txt == *.txt ]] && echo glob
[[ hello.txt == "*.txt" ]] || echo quoted-literal

#### double bracket string ordering
[[ apple < banana ]] && echo less
[[ b > a ]] && echo greater

#### double bracket numeric comparisons
[[ 10 -gt 9 ]] && echo gt
[[ 3 -le 3 ]] && echo le
[[ 2 -eq 02 ]] && echo eq
[[ 1 -ne 1 ]] || echo not-ne

#### double bracket empty tests
e=; n=x
[[ -z $e ]] && echo empty
[[ -n $n ]] && echo nonempty
[[ $e ]] || echo false-when-empty

#### double bracket file tests
mkdir d; touch f; printf x > s
[[ -f f ]] && echo file
[[ -d d ]] && echo dir
[[ -e missing ]] || echo missing
[[ -s s ]] && echo nonzero
[[ -s f ]] || echo zero-size

#### double bracket logic
[[ -n x && -z "" ]] && echo and
[[ -z x || -n x ]] && echo or
[[ ! -e nope ]] && echo not
[[ ( -n x ) && ! ( -z x ) ]] && echo grouped

#### regex match with BASH_REMATCH
if [[ 'key=value' =~ ^([a-z]+)=([a-z]+)$ ]]; then
  echo "${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
fi

#### regex no match status
[[ abc =~ ^[0-9]+$ ]]; echo $?

#### regex from variable
re='[0-9]+'
[[ abc123def =~ $re ]] && echo "matched ${BASH_REMATCH[0]}"

#### regex quoted part is literal
[[ a.c =~ "a.c" ]] && echo lit1
[[ abc =~ "a.c" ]] || echo lit2

#### no word splitting inside double brackets
x='a b'
[[ $x == 'a b' ]] && echo nosplit

#### double bracket status values
[[ a == a ]]; echo $?
[[ a == b ]]; echo $?

#### test builtin strings
test abc = abc && echo eq
test abc != abc || echo not-ne
[ -z "" ] && echo z
[ -n "x" ] && echo n

#### test numeric
[ 5 -lt 10 ] && echo lt
[ 5 -ge 10 ] || echo not-ge

#### test file types
mkdir d; touch f
[ -f f ] && echo f
[ -d d ] && echo d
[ -f d ] || echo d-not-file
[ -e f ] && echo e

#### test negation and logic
[ ! -e nope ] && echo not
[ -n a -a -n b ] && echo and
[ -z a -o -n b ] && echo or

#### bracket missing closing bracket [stderr]
[ a = a
echo "status $?"

#### test integer expected [stderr]
[ abc -eq 1 ]
echo "status $?"

#### test single argument is non-empty check
[ x ] && echo one-arg
[ "" ] || echo empty-arg
test; echo "no-arg $?"

#### double bracket numeric with arithmetic
x=4
[[ x+1 -eq 5 ]] && echo arith

#### test symlink and permissions
touch f
ln -s f link
[ -L link ] && echo symlink
[ -L f ] || echo not-symlink
[ -r f ] && echo readable

#### test file comparison
printf a > one
printf b > two
[ one -ef one ] && echo same-file
[ one -ef two ] || echo different

#### double bracket variable set test
x=1
[[ -v x ]] && echo set
[[ -v nope ]] || echo unset

#### string equality with single equals in double brackets
[[ abc = a* ]] && echo glob-single-eq
