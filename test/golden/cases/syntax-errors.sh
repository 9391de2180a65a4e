# Syntax errors: earlier lines still run, the shell stops with status 2.

#### unexpected fi on later line
echo line-one
echo line-two
fi
echo never

#### unterminated quote on later line
echo before
echo "unterminated

#### missing done
echo start
for i in 1 2; do echo $i
echo never

#### unexpected token paren
echo ok
echo )
echo never

#### bad redirection target
echo first
echo x >
echo never

#### unexpected then
echo first
if then; fi

#### stray double semicolon
echo first
;;

#### syntax error message [stderr]
echo first
fi

#### unclosed brace group
echo first
{ echo inside

#### syntax error inside function body on later line
f() { echo f; }
f
g() { echo g
echo never

#### syntax error in eval string does not stop the shell
eval 'echo inner; fi' 2>/dev/null
echo "eval status $?"

#### unclosed command substitution
echo first
echo $(echo oops
