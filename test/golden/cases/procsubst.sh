# Process substitution.

#### cat of input process substitution
cat <(echo a)

#### two process substitutions
cat <(echo first) <(echo second)

#### while read from process substitution keeps variables
count=0
while read -r l; do count=$((count + 1)); last=$l; done < <(printf 'a\nb\n')
echo "$count $last"

#### process substitution with pipeline inside
cat <(printf 'c\na\nb\n' | sort)

#### paste of two process substitutions
paste -d, <(printf '1\n2\n') <(printf 'x\ny\n')

#### output process substitution
echo data > >(tr a-z A-Z > up.txt)
wait
sleep 0.1
cat up.txt

#### wc reads from process substitution
wc -l < <(seq 5)

#### process substitution in for over lines
mapfile -t arr < <(printf 'p\nq\n')
echo "${arr[@]}"
