#!/usr/bin/env bash
# The ground development set scored by an earlier build and by this one, in one script.
#
#   bench/devset-before-after.sh BEFORE_DIR [OUT_DIR]
#
# BEFORE_DIR holds the compiled classes of the earlier build as BEFORE_DIR/core and
# BEFORE_DIR/formats (copy core/target/classes and formats/target/classes there before changing
# the code), as for extractor-before-after.sh. Both builds score this tree's set
# (formats/src/test/resources/ground-devset) with this tree's DevSetEvaluation, so a text added
# since is scored by both; the figures per part (tuning, held-out, fresh, blind) and the
# per-text details go to OUT_DIR/before and OUT_DIR/after (default: a temporary folder, printed).
# Run it from the project root; nothing is installed into ~/.m2.
set -euo pipefail
before=${1:?usage: bench/devset-before-after.sh BEFORE_DIR [OUT_DIR]}
out=${2:-$(mktemp -d)}
for d in core formats; do
  [ -d "$before/$d" ] || { echo "$before/$d: no such directory (compiled classes of the earlier build)" >&2; exit 2; }
done
mvn -q -o -pl formats -am test-compile
# offline, the dependency plugin cannot resolve formats' classpath without trucewatch-core in
# ~/.m2 (nothing is installed there): take the jars from the last Surefire run of formats
# a test run in its own JVM (a small-heap test) has no class path property: take a report that has one
report=$(grep -l 'name="surefire.test.class.path"' formats/target/surefire-reports/TEST-*.xml 2>/dev/null | head -1 || true)
[ -n "$report" ] || { echo "no classpath: run a formats test first (mvn -q -o -pl formats -am test -Dtest=SeedArticleTest)" >&2; exit 2; }
jars=$(grep -o 'name="surefire.test.class.path" value="[^"]*"' "$report" | sed 's/.*value="//; s/"$//' | tr ':' '\n' \
  | grep '\.jar$' | paste -sd:)
set_dir=formats/src/test/resources/ground-devset
for build in before after; do
  if [ $build = before ]; then classes="$before/formats:$before/core"; else classes="formats/target/classes:core/target/classes"; fi
  # the test classes come first for the evaluator; the build's own classes then supply the extractor
  java -cp "formats/target/test-classes:$classes:$jars" \
    org.trucewatch.formats.text.devset.DevSetEvaluation "$set_dir" "$out/$build" > /dev/null
done
for part in tuning held-out fresh blind; do
  [ -f "$out/after/figures-$part.md" ] || continue
  for build in before after; do
    echo "== $part, $build"
    cat "$out/$build/figures-$part.md"
  done
done
echo "details: $out/before/details.jsonl $out/after/details.jsonl"
