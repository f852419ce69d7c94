#!/usr/bin/env bash
# End-to-end AIS decoding of the same file of Black Sea traffic (AisTrafficCorpus, made once).
# 1. Whole process, as a user runs it: `trucewatch decode ais --format gpsd FILE` (bin/trucewatch,
#    with its class-data-sharing archive) with one thread (--threads 1) and with two (decoding and
#    writing on separate threads, the default on two cores), against gpsd's `gpsdecode -j < FILE`,
#    all writing their JSON to /dev/null; the three take turns, each round printed with the load
#    average before and after it, then the best of ROUNDS wall-clock and CPU (user + sys) each.
# 2. In one JVM, per decoding thread's CPU time: our decoder and AisLib on the same work, every
#    message of every type decoded into an object (the fair pair, first), then our
#    allocation-free position path, which does less; then the gpsd JSON work on one thread and on
#    two, each thread's CPU time (what two free cores give), also under the quick JIT only.
# 3. gpsdecode -t 99 (decode, filter everything out) and -j, process CPU time.
# Run from the project root after `mvn -q -DskipTests package`.
#   bench/ais-end-to-end.sh [FILE] [LINES] [ROUNDS]
set -euo pipefail
file="${1:-target/ais-bench-1M.nmea}"
lines="${2:-1000000}"
rounds="${3:-5}"
jar=bench/target/benchmarks.jar
mkdir -p "$(dirname "$file")" target
if [ ! -s "$file" ]; then
  echo "generating $lines lines into $file" >&2
  java -cp "$jar" org.trucewatch.bench.AisTrafficCorpus "$file" "$lines"
fi
echo "file: $file ($(wc -l < "$file") lines), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. whole process
bin/trucewatch decode ais --format gpsd "$file" 2>/dev/null | head -c 0 # writes the CDS archive after a build
timed() { # prints "wall cpu" of the command, its output and errors thrown away
  local f
  f=$(mktemp)
  /usr/bin/time -o "$f" -f '%e %U %S' "$@" > /dev/null 2>&1
  tail -1 "$f" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
  rm -f "$f"
}
best() { # keeps the smaller of each column
  awk -v a="$1" -v b="$2" 'BEGIN {split(a, x, " "); split(b, y, " ");
    if (a == "") {print b} else {printf "%.2f %.2f\n", (x[1] < y[1] ? x[1] : y[1]), (x[2] < y[2] ? x[2] : y[2])}}'
}
one="" two="" gpsd=""
for round in $(seq "$rounds"); do
  before=$(cut -d' ' -f1 /proc/loadavg)
  t1=$(timed bin/trucewatch decode ais --threads 1 --format gpsd "$file")
  t2=$(timed bin/trucewatch decode ais --threads 2 --format gpsd "$file")
  tg=$(timed sh -c "gpsdecode -j < '$file'")
  echo "  round $round (load $before to $(cut -d' ' -f1 /proc/loadavg)): one thread $t1, two threads $t2, gpsdecode -j $tg (wall s, cpu s)"
  one=$(best "$one" "$t1") two=$(best "$two" "$t2") gpsd=$(best "$gpsd" "$tg")
done
echo "whole process, best of $rounds (wall s, cpu s = user + sys):"
echo "  trucewatch decode ais --threads 1 --format gpsd  $one"
echo "  trucewatch decode ais --threads 2 --format gpsd  $two"
echo "  gpsdecode -j                                     $gpsd"
awk -v o="$one" -v t="$two" -v g="$gpsd" 'BEGIN {split(o, a, " "); split(t, c, " "); split(g, b, " ");
  printf "  two threads: %.2f x gpsdecode -j in wall-clock time, %.2f x in CPU time\n", b[1] / c[1], b[2] / c[2];
  printf "  one thread:  %.2f x gpsdecode -j in wall-clock time, %.2f x in CPU time\n", b[1] / a[1], b[2] / a[2];
  printf "  two threads against one: %.2f x in wall-clock time, %.2f x in CPU time\n", a[1] / c[1], a[2] / c[2]}'

# 2. in one JVM
java -cp "$jar" org.trucewatch.bench.AisEndToEnd "$file" | tee target/ais-end-to-end.txt
# the one-thread against two-thread line again under the quick JIT compiler only, as decode runs
echo "under -XX:TieredStopAtLevel=1 (as bin/trucewatch runs decode):"
java -XX:TieredStopAtLevel=1 -cp "$jar" org.trucewatch.bench.AisEndToEnd "$file" 5 threads
messages=$(awk '/^trucewatch records/ {gsub(",", "", $3); print $3}' target/ais-end-to-end.txt)

# 3. gpsdecode alone
for mode in "-t 99" "-j"; do
  cpu=""
  for round in 1 2 3; do
    cpu=$(best "$cpu" "$(timed sh -c "gpsdecode $mode < '$file'")")
  done
  awk -v m="$messages" -v t="${cpu#* }" -v name="gpsdecode $mode" \
    'BEGIN {printf "%-20s %12d messages %8.3f cpu-s %14.0f msgs/cpu-s\n", name, m, t, m / t}'
done
