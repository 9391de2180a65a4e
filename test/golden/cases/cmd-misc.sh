# true false env printenv type which command xargs timeout, unknown commands.

#### true and false status
true; echo $?
false; echo $?

#### true ignores arguments
true --anything; echo $?

#### printenv exported variable
export GOLDEN_VAR=value
printenv GOLDEN_VAR

#### printenv missing variable status
printenv NO_SUCH_VAR_HERE
echo "status $?"

#### env with assignment runs command
env FOO=bar printenv FOO

#### env -u removes variable
export DROP=x
env -u DROP printenv DROP
echo "status $?"

#### env -i clears environment
export KEEP=1
env -i PATH="$PATH" printenv KEEP
echo "status $?"

#### env shows exported variable
export SHOW_ME=here
env | grep '^SHOW_ME='

#### env missing command [stderr]
env no-such-command-xyz
echo "status $?"

#### type builtin
type cd
type echo

#### type keyword and function
type if
f() { :; }
type -t f
type -t cd
type -t if

#### type missing [stderr]
type no-such-cmd-xyz
echo "status $?"

#### which status only
which ls > /dev/null; echo $?
which no-such-cmd-xyz > /dev/null; echo $?

#### command -v builtin
command -v cd
command -v echo

#### command -v missing status
command -v no-such-cmd-xyz
echo "status $?"

#### command -v function
f() { :; }
command -v f

#### unknown command [stderr]
no-such-command-xyz
echo "status $?"

#### unknown command with args [stderr]
no-such-command-xyz --flag arg
echo after

#### not executable path [stderr]
./missing-script
echo "status $?"

#### unknown command in pipeline [stderr]
no-such-command-xyz | cat
echo "status ${PIPESTATUS[0]}"

#### xargs default echo
printf 'a b\nc\n' | xargs

#### xargs -n
printf '1 2 3 4 5\n' | xargs -n 2 echo

#### xargs -I replace
printf 'x\ny\n' | xargs -I {} echo 'item {} end'

#### xargs -0
printf 'a b\0c\0' | xargs -0 -n 1 echo

#### xargs -d newline
printf 'one two\nthree\n' | xargs -d '\n' -n 1 echo

#### xargs -r with empty input
printf '' | xargs -r echo never
echo "status $?"

#### xargs without -r runs once
printf '' | xargs echo ran

#### xargs with command that fails
printf 'a\n' | xargs false
echo "status $?"

#### xargs missing command
printf 'a\n' | xargs no-such-cmd-xyz 2>/dev/null
echo "status $?"

#### xargs quoting
printf '"a b" c\n' | xargs -n 1 echo

#### xargs into rm
touch a b c
echo a b | xargs rm
ls

#### timeout expires
timeout 0.2 sleep 3; echo $?

#### timeout command finishes
timeout 5 echo fast; echo $?

#### timeout passes exit status
timeout 5 false; echo $?
timeout 5 ls nope 2>/dev/null; echo $?

#### timeout missing command
timeout 5 no-such-cmd-xyz 2>/dev/null; echo $?

#### unknown flag exit status
ls --no-such-flag 2>/dev/null; echo $?
cat --no-such-flag 2>/dev/null; echo $?
head --no-such-flag 2>/dev/null; echo $?
wc --no-such-flag 2>/dev/null; echo $?
mkdir --no-such-flag 2>/dev/null; echo $?
sort --no-such-flag 2>/dev/null; echo $?

#### missing file exit statuses
cat nope 2>/dev/null; echo $?
head nope 2>/dev/null; echo $?
tail nope 2>/dev/null; echo $?
wc nope 2>/dev/null; echo $?
ls nope 2>/dev/null; echo $?
grep x nope 2>/dev/null; echo $?
sort nope 2>/dev/null; echo $?

#### grep missing file message [stderr]
grep x nope
echo "status $?"

#### command runs external not function
ls() { echo function; }
touch f
command ls

#### unknown long option messages [stderr]
ls --bogus
cat --bogus
echo "status $?"

#### invalid short option messages [stderr]
head -x f
tail -x f
wc -x f
echo "status $?"

#### cd too many arguments [stderr]
mkdir a b
cd a b
echo "status $?"

#### command -v external prints a path
command -v ls > /dev/null && echo found
