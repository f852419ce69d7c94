#!/usr/bin/env bash
# Extraction throughput and gazetteer cost, an earlier build against this one, in one script.
#
#   bench/extractor-before-after.sh BEFORE_DIR [JMH options]
#
# BEFORE_DIR holds the compiled classes of the earlier build as BEFORE_DIR/core and
# BEFORE_DIR/formats (copy core/target/classes and formats/target/classes there before changing
# the code). The script compiles this tree's core and formats, compiles ReportExtractorBenchmark
# with JMH's annotation processor against each build, and runs, for each build in turn, the JMH
# benchmark (the seed article and the whole ground development set), GazetteerLoad and
# ExtractionCpuTime (CPU time per text, the steadier figure on a loaded machine). Run it from
# the project root; nothing is installed into ~/.m2.
set -euo pipefail
before=${1:?usage: bench/extractor-before-after.sh BEFORE_DIR [JMH options]}
shift
jmh_opts=("$@")
[ ${#jmh_opts[@]} -eq 0 ] && jmh_opts=(-wi 3 -w 2 -i 5 -r 2 -f 1)
for d in core formats; do
  [ -d "$before/$d" ] || { echo "$before/$d: no such directory (compiled classes of the earlier build)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -o -pl formats -am compile
if ! mvn -q -o -pl formats dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1; then
  # offline without trucewatch-core in ~/.m2 (nothing is installed there) the dependency plugin
  # cannot resolve formats' classpath: take the jars from the last Surefire run of formats instead
  # a test run in its own JVM (a small-heap test) has no class path property: take a report that has one
  report=$(grep -l 'name="surefire.test.class.path"' formats/target/surefire-reports/TEST-*.xml 2>/dev/null | head -1 || true)
  [ -n "$report" ] || { echo "no classpath: run a formats test first (mvn -q -o -pl formats -am test -Dtest=SeedArticleTest)" >&2; exit 2; }
  grep -o 'name="surefire.test.class.path" value="[^"]*"' "$report" | sed 's/.*value="//; s/"$//' | tr ':' '\n' \
    | grep '\.jar$' | paste -sd: > "$work/cp.txt"
fi
m2=${M2_REPO:-$HOME/.m2/repository}
jmh="$m2/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$m2/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar:$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
proc="$m2/org/openjdk/jmh/jmh-generator-annprocess/1.37/jmh-generator-annprocess-1.37.jar:$jmh"
for build in before after; do
  if [ $build = before ]; then classes="$before/formats:$before/core"; else classes="formats/target/classes:core/target/classes"; fi
  cp="$classes:$(cat "$work/cp.txt"):$jmh"
  mkdir -p "$work/$build"
  javac -nowarn -d "$work/$build" -cp "$cp" -processorpath "$proc" \
    bench/src/main/java/org/trucewatch/bench/ReportExtractorBenchmark.java
  echo "== $build: ReportExtractorBenchmark"
  # JMH's whole output goes to a file: when it finds no result (e.g. another JMH run holds its lock
  # file, /tmp/jmh.lock), the script says so and shows why, instead of failing on an empty filter
  java -cp "$work/$build:$cp" org.openjdk.jmh.Main ReportExtractorBenchmark "${jmh_opts[@]}" > "$work/$build/jmh.txt" 2>&1 || true
  if ! grep -E '^(Benchmark|ReportExtractorBenchmark|ground development set)' "$work/$build/jmh.txt" | sort -u; then
    echo "ReportExtractorBenchmark ($build) gave no result; the end of JMH's output:" >&2
    tail -20 "$work/$build/jmh.txt" >&2
    exit 1
  fi
  echo "== $build: GazetteerLoad"
  java -cp "$cp" bench/src/main/java/org/trucewatch/bench/GazetteerLoad.java 7
  echo "== $build: ExtractionCpuTime"
  java -cp "$cp" bench/src/main/java/org/trucewatch/bench/ExtractionCpuTime.java 7
done
