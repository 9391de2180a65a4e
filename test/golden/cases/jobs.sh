# Background jobs and wait (deterministic output only).

#### wait for background job
{ echo from-bg; } &
wait
echo after-wait

#### wait for specific pid status
(exit 3) &
wait $!
echo "status $?"

#### wait with no jobs
wait
echo "status $?"

#### background job output to file
echo bg > f &
wait
cat f

#### several background jobs then sorted output
for i in 3 1 2; do (echo $i > out$i) & done
wait
cat out1 out2 out3

#### background does not change foreground variables
x=1
x=2 &
wait
echo $x

#### status of launching background is zero
false &
echo "status $?"
wait

#### wait returns status of waited job
sleep 0 &
p=$!
wait $p; echo "status $?"
