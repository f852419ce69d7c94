#!/usr/bin/env bash
# Does the live view keep up with AIS? Two measurements, each with the machine's load beside it:
#  1. IncrementalRefresh: the live monitor's refresh, batch pipeline against IncrementalPipeline, on a
#     simulated day with AIS traffic, arriving in 20 pushes by time (as live feeds deliver) and by id
#     (each push a sample of the whole day, so every track gains fixes in its past); CPU seconds.
#  2. LiveServerLoad --traffic ais: 4 clients push simulated AIS over HTTP for 180 s at 240x real
#     time; freshness (acknowledgement to published findings) p50 / p99 / max, and every
#     acknowledged push looked up in the reopened ledger.
# Run from the project root: bench/live-keeps-up.sh [JAR] (default bench/target/benchmarks.jar,
# built first when missing). SECONDS_=180 SPEEDUP=240 to change the load run.
set -euo pipefail
jar="${1:-bench/target/benchmarks.jar}"
if [ ! -f "$jar" ]; then
  mvn -q -DskipTests package -pl bench -am
fi
agreement=examples/agreements/black-sea-energy.yaml
for arrival in time id; do
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx3g -cp "$jar" org.trucewatch.bench.IncrementalRefresh "$agreement" 7 20 with-ais 24 "$arrival"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" org.trucewatch.bench.LiveServerLoad --traffic ais --seconds "${SECONDS_:-180}" --clients 4 \
  --speedup "${SPEEDUP:-240}" 2> >(grep -v ' INFO ' >&2)
