# split, csplit and shuf (LC_ALL=C). shuf is made deterministic with --random-source.

#### split by lines
seq 1 10 > in
split -l 3 in
for f in x*; do echo "$f: $(tr '\n' ' ' < "$f")"; done

#### split by bytes numeric suffixes
seq 1 10 > in
split -b 5 -d in p_
ls p_*

#### split into chunks
printf '0123456789' > in
split -n 3 in
wc -c x*

#### split into line chunks
seq 1 10 > in
split -n l/3 in
wc -c x*

#### split round robin
seq 1 7 > in
split -n r/3 in
head x*

#### split extract chunk
seq 1 10 > in
split -n 2/3 in

#### split line bytes
printf 'aaaa\nbb\ncccccccccc\nd\n' > in
split -C 6 in
wc -c x*

#### split suffix options
seq 1 5 > in
split -l 1 -a 3 --additional-suffix=.txt in part_
ls part_*

#### split auto widens suffixes
seq 1 700 | split -l 1
ls | tail -3
ls | wc -l

#### split verbose
seq 1 5 | split -l 2 --verbose

#### split empty input makes no files
printf '' | split -l 2
ls | wc -l

#### split suffixes exhausted [stderr]
seq 1 30 | split -a 1 -l 1
echo "status $?"

#### split bad count [stderr]
split -l 0 < /dev/null
echo "status $?"

#### split two ways [stderr]
split -n 3 -l 2 < /dev/null
echo "status $?"

#### split chunks of stdin [stderr]
seq 1 10 | split -n 3
echo "status $?"

#### split missing file [stderr]
split missing
echo "status $?"

#### csplit at line numbers
seq 1 12 > in
csplit in 5 9
cat xx01

#### csplit at regexps with offsets
seq 1 12 > in
csplit in /3/+1 %8% /10/-1
head xx*

#### csplit repeat and forever
seq 1 12 > in
csplit in /1/ {3}
csplit -f y in '/[13579]$/' '{*}'
ls y*

#### csplit prefix digits and format
seq 1 6 > in
csplit -f p -n 3 in 4
csplit -b '%03x.txt' in 3
ls p* xx*

#### csplit quiet and elide empty
seq 1 6 > in
csplit -s -z in /1/ /4/
ls xx*

#### csplit suppress matched
seq 1 6 > in
csplit --suppress-matched in /3/
cat xx00 xx01

#### csplit line out of range [stderr]
seq 1 12 > in
csplit in 20
echo "status $?"
ls

#### csplit keep files [stderr]
seq 1 12 > in
csplit -k in 5 20
echo "status $?"
ls xx*

#### csplit match not found [stderr]
seq 1 5 > in
csplit in /x/
echo "status $?"

#### csplit bad patterns [stderr]
seq 1 5 > in
csplit in 0; echo "status $?"
csplit in 4 2; echo "status $?"
csplit in /a; echo "status $?"
csplit in {2}; echo "status $?"

#### csplit missing operand [stderr]
csplit in
echo "status $?"

#### shuf with random source
head -c 4096 /dev/zero | tr '\0' 'k' > rs
seq 1 10 | shuf --random-source=rs

#### shuf range and echo
printf 'abcdefghijklmnopqrstuvwxyz0123456789' > rs
shuf -i 1-10 --random-source=rs
shuf -e a b c d e --random-source=rs

#### shuf head count from a file and from a pipe
printf 'qwertyuiopasdfghjklzxcvbnm1234567890QWERTYUIOPASDFGHJKL' > rs
seq 1 50 > in
shuf -n 3 in --random-source=rs
seq 1 50 | shuf -n 3 --random-source=rs

#### shuf repeat
printf 'zyxwvutsrqponmlkjihgfedcba' > rs
shuf -r -n 6 -i 1-3 --random-source=rs

#### shuf output file and zero terminated
printf 'abcdefghij' > rs
shuf -e a b c -o out --random-source=rs
cat out
shuf -z -e x y --random-source=rs | od -c

#### shuf permutation is complete
seq 1 100 | shuf | sort -n | tail -1

#### shuf random source too short [stderr]
printf 'ab' > rs
shuf -i 1-1000 --random-source=rs
echo "status $?"

#### shuf bad range [stderr]
shuf -i 5-3
echo "status $?"

#### shuf no lines to repeat [stderr]
shuf -r -e
echo "status $?"

#### shuf combine e and i [stderr]
shuf -e -i 1-2
echo "status $?"
