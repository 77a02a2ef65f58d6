#!/usr/bin/env bash
# CPU seconds per thread of one process: runs the command under /usr/bin/time, polls utime + stime of each of its
# threads in /proc/PID/task/*/stat every 0.1 s, and prints the last value seen per thread (those with >= 0.05 s) and
# their sum, then time's line (wall, user, sys, peak memory). The command's own output goes to $OUT (default
# /tmp/thread-cpu.out). Usage: bench/thread-cpu.sh java -jar strait-app/target/strait.jar ingest FILE --db DB
set -euo pipefail
out="${OUT:-/tmp/thread-cpu.out}"
/usr/bin/time -f "%e s wall, %U user %S sys, max %M KB" "$@" > "$out" 2>&1 &
tpid=$!
sleep 0.05
pid=$(pgrep -P "$tpid" | head -1)
declare -A last
while kill -0 "$tpid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    name=$(cat "$t/comm" 2>/dev/null) || continue
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    [[ -n "$name" ]] || continue
    set -- ${stat##*) }
    last["$(basename "$t") $name"]=$(( ${12} + ${13} ))
  done
  sleep 0.1
done
wait "$tpid" || true
for k in "${!last[@]}"; do echo "${last[$k]} $k"; done \
  | awk '{n=$3; for (i=4; i<=NF; i++) n=n" "$i; if ($1 >= 5) printf "%7.2f %s (tid %s)\n", $1/100, n, $2; tot+=$1}
         END {printf "%7.2f every thread seen\n", tot/100}' | sort -rn
tail -1 "$out"
