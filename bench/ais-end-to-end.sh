#!/usr/bin/env bash
# End-to-end AIS decoding: the same file of Black Sea traffic decoded by our decoder and AisLib
# (in one JVM, thread CPU time) and by gpsd's gpsdecode (process CPU time, user + sys), with -t 99
# (decode, then filter everything out) and -j (JSON). Figures are messages per CPU second, i.e.
# per core. Run from the project root after `mvn -q -DskipTests package`.
#   bench/ais-end-to-end.sh [FILE] [LINES]
set -euo pipefail
file="${1:-target/ais-bench-1M.nmea}"
lines="${2:-1000000}"
jar=bench/target/benchmarks.jar
mkdir -p "$(dirname "$file")"
if [ ! -s "$file" ]; then
  echo "generating $lines lines into $file" >&2
  java -cp "$jar" org.trucewatch.bench.AisTrafficCorpus "$file" "$lines"
fi
echo "file: $file ($(wc -l < "$file") lines)"
java -cp "$jar" org.trucewatch.bench.AisEndToEnd "$file" | tee target/ais-end-to-end.txt
messages=$(awk '/^trucewatch/ {gsub(",", "", $3); print $3}' target/ais-end-to-end.txt)
for mode in "-t 99" "-j"; do
  best=""
  for round in 1 2 3; do
    TIMEFORMAT='%U %S'
    t=$( { time gpsdecode $mode < "$file" > /dev/null 2>&1; } 2>&1 | awk '{print $1 + $2}')
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN {exit !(a < b)}'; then best="$t"; fi
  done
  awk -v m="$messages" -v t="$best" -v name="gpsdecode $mode" \
    'BEGIN {printf "%-20s %12d messages %8.3f cpu-s %14.0f msgs/cpu-s\n", name, m, t, m / t}'
done
