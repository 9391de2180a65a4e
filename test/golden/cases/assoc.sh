# Associative arrays (key order is hash order in bash: sort or use one key).

#### declare and read one key
declare -A m
m[key]=value
echo "${m[key]}"

#### literal with several keys sorted
declare -A m=([b]=2 [a]=1 [c]=3)
for k in "${!m[@]}"; do echo "$k=${m[$k]}"; done | sort

#### count keys
declare -A m=([x]=1 [y]=2)
echo "${#m[@]}"

#### values sorted
declare -A m=([x]=10 [y]=20 [z]=30)
printf '%s\n' "${m[@]}" | sort -n

#### missing key is empty
declare -A m=([a]=1)
echo "[${m[nope]}]"

#### unset key
declare -A m=([a]=1 [b]=2)
unset 'm[a]'
echo "${#m[@]} ${!m[@]}"

#### key with spaces
declare -A m
m["two words"]=yes
echo "${m["two words"]}"
k="two words"
echo "${m[$k]}"

#### overwrite key
declare -A m
m[k]=old
m[k]=new
echo "${m[k]} ${#m[@]}"

#### append to value
declare -A m=([k]=ab)
m[k]+=cd
echo "${m[k]}"

#### plus-equals adds pairs
declare -A m=([a]=1)
m+=([b]=2)
echo "${#m[@]} ${m[b]}"

#### key existence test
declare -A m=([present]=)
[[ -v m[present] ]] && echo present
[[ -v m[absent] ]] || echo absent

#### counting words with assoc
declare -A count
for w in b a b c b a; do count[$w]=$(( ${count[$w]:-0} + 1 )); done
for k in "${!count[@]}"; do echo "$k ${count[$k]}"; done | sort

#### local assoc in function
f() { local -A m=([in]=side); echo "${m[in]}"; }
f
echo "[${m[in]}]"

#### numeric-looking keys are strings
declare -A m
m[01]=a
m[1]=b
echo "${m[01]} ${m[1]} ${#m[@]}"

#### declare -p of single key assoc
declare -A m=([only]=one)
declare -p m
