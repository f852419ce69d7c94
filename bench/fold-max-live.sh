#!/usr/bin/env bash
# The MissionFoldMemory harness with its largest live set: runs it (java -Xmx2g) with the given
# arguments (FILE WAY [PASSES]) and every INTERVAL seconds (default 2) takes `jcmd PID GC.class_histogram`, which collects
# fully before counting; prints the harness's line and the largest total seen, in MB.
# Usage, from the project root, after `mvn -q -o -pl bench -am package -DskipTests`:
#   INTERVAL=0.5 bench/fold-max-live.sh target/scaling/firms-8x.csv ledger 6
set -euo pipefail
java -Xmx2g -cp bench/target/benchmarks.jar org.trucewatch.bench.MissionFoldMemory "$@" &
pid=$!
max=0
while kill -0 "$pid" 2> /dev/null; do
  sleep "${INTERVAL:-2}"
  live=$(jcmd "$pid" GC.class_histogram 2> /dev/null | awk '$1 == "Total" {print $3}' || true)
  if [ -n "$live" ] && [ "$live" -gt "$max" ]; then max=$live; fi
done
wait "$pid"
echo "max live $((max / 1048576)) MB ($max bytes)"
