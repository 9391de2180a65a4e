# if/elif/else, for, while, until, case, break/continue.

#### if else
if true; then echo yes; else echo no; fi
if false; then echo yes; else echo no; fi

#### elif chain
for n in 1 2 3; do
  if [ $n -eq 1 ]; then echo one
  elif [ $n -eq 2 ]; then echo two
  else echo other
  fi
done

#### if status when no branch runs
if false; then echo x; fi
echo "status $?"

#### if condition is a list
if false; true; then echo last-wins; fi

#### if with command output condition
printf 'needle\n' > f
if grep -q needle f; then echo found; fi

#### for over words
for w in a b c; do echo "w=$w"; done

#### for without in uses positional
set -- p q
for x; do echo "$x"; done

#### for c-style
for ((i = 3; i > 0; i--)); do echo $i; done

#### for c-style with empty parts and break
for ((;;)); do echo once; break; done

#### for loop variable persists
for v in a b last; do :; done
echo $v

#### while counter
i=0
while [ $i -lt 3 ]; do echo $i; i=$((i + 1)); done

#### until loop
i=0
until [ $i -ge 3 ]; do echo $i; i=$((i + 1)); done

#### while read from file
printf 'l1\nl2\n' > f
while read -r line; do echo "got $line"; done < f

#### loop status is last body status
for i in 1 2; do false; done; echo $?
for i in; do false; done; echo $?

#### break
for i in 1 2 3 4; do [ $i -eq 3 ] && break; echo $i; done

#### continue
for i in 1 2 3 4; do [ $i -eq 2 ] && continue; echo $i; done

#### break n from nested loops
for i in 1 2; do
  for j in a b c; do
    [ $j = b ] && break 2
    echo "$i$j"
  done
done
echo out

#### continue n from nested loops
for i in 1 2; do
  for j in a b c; do
    [ $j = b ] && continue 2
    echo "$i$j"
  done
done

#### break in while true
n=0
while true; do n=$((n + 1)); [ $n -ge 5 ] && break; done
echo $n

#### case simple patterns
for w in apple banana cherry; do
  case $w in
    apple) echo fruit-a ;;
    b*) echo starts-b ;;
    *) echo other ;;
  esac
done

#### case alternatives
case dog in cat|dog) echo pet ;; *) echo wild ;; esac

#### case bracket patterns
for c in a 5 Z; do
  case $c in
    [a-z]) echo lower ;;
    [0-9]) echo digit ;;
    *) echo other ;;
  esac
done

#### case fallthrough with semicolon ampersand
case a in
  a) echo first ;&
  b) echo second ;;
  c) echo third ;;
esac

#### case continue matching with double semicolon ampersand
case abc in
  a*) echo starts-a ;;&
  *c) echo ends-c ;;&
  x*) echo never ;;
  *) echo catch-all ;;
esac

#### case no match status
case x in y) echo no ;; esac
echo "status $?"

#### case with quoted pattern is literal
case 'a*' in 'a*') echo literal ;; esac
case ab in 'a*') echo no ;; *) echo star-not-glob ;; esac

#### case with variable pattern
pat='h*'
case hello in $pat) echo matched ;; esac

#### case with optional open paren
case x in (x) echo paren ;; esac

#### while with break status and output redirect
i=0
while :; do i=$((i+1)); echo $i; [ $i = 2 ] && break; done > out
cat out

#### nested if in loop with continue
for i in 1 2 3 4 5 6; do
  if (( i % 2 )); then continue; fi
  echo even $i
done

#### break outside loop is harmless
break 2>/dev/null
echo still-here

#### until with command status
printf 'x\n' > f
until [ -s f ]; do echo never; done
echo done
