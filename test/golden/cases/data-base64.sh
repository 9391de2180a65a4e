# base64: encoding, wrapping, decoding and its errors.

#### base64 encode
printf 'hello' | base64

#### base64 encode empty input
printf '' | base64
echo "status $?"

#### base64 encode padding lengths
printf 'a' | base64
printf 'ab' | base64
printf 'abc' | base64

#### base64 wraps at 76 by default
head -c 100 /dev/zero | base64

#### base64 -w
head -c 40 /dev/zero | base64 -w 16
printf 'abcdef' | base64 -w 4

#### base64 -w 0 leaves no newline
printf 'hello world' | base64 -w 0
echo "|"

#### base64 --wrap long option
printf 'hello world' | base64 --wrap=8

#### base64 file operand
printf 'data\n' > f
base64 f

#### base64 binary bytes
printf '\377\376\000\001' | base64

#### base64 round trip
printf 'line one\nline two\n\tx\n' > f
base64 f | base64 -d

#### base64 decode with newlines
printf 'aGVs\nbG8=\n' | base64 -d
echo

#### base64 decode concatenated padding
printf 'YQ==YQ==' | base64 -d
echo

#### base64 decode missing padding [stderr]
printf 'aGVsbG8' | base64 -d
echo " status $?"

#### base64 decode garbage [stderr]
printf 'aGVs bG8=' | base64 -d
echo " status $?"

#### base64 decode -i ignores garbage
printf 'aGVs!bG8=' | base64 -d -i
echo " status $?"

#### base64 decode single character [stderr]
printf 'a' | base64 -d
echo "status $?"

#### base64 decode bad padding [stderr]
printf 'YQ=a' | base64 -d
echo " status $?"
printf '====' | base64 -d
echo "status $?"

#### base64 bad wrap [stderr]
base64 -w x < /dev/null
echo "status $?"

#### base64 missing file [stderr]
base64 nope
echo "status $?"

#### base64 extra operand [stderr]
base64 a b
echo "status $?"

#### base64 bad option [stderr]
base64 -q
echo "status $?"
