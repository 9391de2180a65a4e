# Indexed arrays.

#### literal and all elements
a=(1 2 3)
echo "${a[@]}"

#### element access and default index
a=(x y z)
echo "${a[0]} ${a[2]} $a ${a}"

#### count elements
a=(x y z)
echo "${#a[@]} ${#a[*]}"

#### length of one element
a=(short longer)
echo "${#a[1]}"

#### indices
a=(x y z)
echo "${!a[@]}"

#### append with plus-equals
a=(1 2)
a+=(3 4)
echo "${a[@]} ${#a[@]}"

#### sparse assignment
a=(a b)
a[5]=y
echo "${a[@]}"
echo "${!a[@]}"
echo "${#a[@]}"

#### append after sparse goes past max index
a=([3]=c)
a+=(d)
echo "${!a[@]}"

#### unset element
a=(a b c)
unset 'a[1]'
echo "${a[@]}"
echo "${!a[@]}"
echo "${#a[@]}"

#### unset whole array
a=(a b c)
unset a
echo "[${a[@]}] ${#a[@]}"

#### quoted at in for loop keeps elements
a=("one two" three)
for x in "${a[@]}"; do echo "[$x]"; done

#### unquoted at in for loop splits
a=("one two" three)
for x in ${a[@]}; do echo "[$x]"; done

#### quoted star joins
a=(a b c)
echo "${a[*]}"
IFS=-
echo "${a[*]}"

#### negative index
a=(a b c)
echo "${a[-1]} ${a[-2]}"

#### arithmetic in index
a=(a b c d)
i=1
echo "${a[i+1]} ${a[$i*3]}"

#### slice of array
a=(a b c d e)
echo "${a[@]:1:3}"
echo "${a[@]: -2}"

#### pattern ops on each element
a=(x.txt y.txt z.md)
echo "${a[@]%.txt}"
echo "${a[@]/#/pre-}"
echo "${a[@]^^}"

#### array from command substitution
a=($(printf 'p q\nr\n'))
echo "${#a[@]} ${a[2]}"

#### explicit index literal
a=([2]=two [0]=zero)
echo "${a[@]} / ${!a[@]}"

#### element assignment grows
a[0]=first
a[1]=second
echo "${a[@]}"

#### declare -a
declare -a arr=(p q)
echo "${arr[1]}"

#### element append string
a=(ab cd)
a[0]+=X
echo "${a[@]}"

#### copy array
a=("x y" z)
b=("${a[@]}")
echo "${#b[@]} ${b[0]}"

#### array in arithmetic
a=(5 10 15)
echo $(( a[0] + a[2] ))
(( a[1] *= 2 ))
echo "${a[1]}"

#### empty array
a=()
echo "${#a[@]}"
for x in "${a[@]}"; do echo never; done
echo done

#### read -a fills array
read -ra parts <<< "one two three"
echo "${#parts[@]} ${parts[1]}"

#### declare -p of array
a=(1 "two words")
declare -p a

#### mapfile reads lines
printf 'l1\nl2\nl3\n' > f
mapfile -t lines < f
echo "${#lines[@]} ${lines[2]}"
