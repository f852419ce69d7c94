#!/bin/sh
# End-to-end throughput of the Flink job (MiniCluster, parallelism 1 and 2, reading a real local
# Kafka broker) against the embedded engine (`trucewatch run`) over the same simulated scenario.
# Figures go to flink/target/flink-throughput.txt; see bench/README.md.
#   bench/flink-throughput.sh [ROUNDS [ASSESS_EVERY [CHECKPOINT_EVERY]]]   (defaults: 3 PT6H PT5S)
set -eu
cd "$(dirname "$0")/.."
# Profile flink-throughput runs the benchmark in its own Surefire execution; -DskipTests skips
# every other test of the reactor (the default test run never includes the benchmark).
mvn -q -o test -pl flink -am -DskipTests -Pflink-throughput \
  -Dtrucewatch.bench.rounds="${1:-3}" \
  -Dtrucewatch.bench.assess-every="${2:-PT6H}" -Dtrucewatch.bench.checkpoint-every="${3:-PT5S}"
cat flink/target/flink-throughput.txt
