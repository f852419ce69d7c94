#!/usr/bin/env bash
# The ground development set and the English event notes scored by an earlier build and by this
# one, in one script.
#
#   bench/devset-before-after.sh [--leave-out LETTER] BEFORE_DIR [OUT_DIR]
#
# BEFORE_DIR holds the compiled classes of the earlier build as BEFORE_DIR/core and
# BEFORE_DIR/formats (copy core/target/classes and formats/target/classes there before changing
# the code), as for extractor-before-after.sh. Both builds score this tree's set
# (formats/src/test/resources/ground-devset) and notes (formats/src/test/resources/ground-notes)
# with this tree's DevSetEvaluation, so a text added since is scored by both; the figures per part
# and the per-text details go to OUT_DIR/before and OUT_DIR/after, the notes' to
# OUT_DIR/before-notes and OUT_DIR/after-notes, each folder of blind notes' (ground-notes-blind,
# ground-notes-blind-2, ..., when there) to OUT_DIR/before-notes-blind, OUT_DIR/after-notes-blind,
# OUT_DIR/before-notes-blind-2, ... (default OUT_DIR: a temporary folder, printed).
#
# --leave-out LETTER scores the set without the texts whose number starts with LETTER (e for
# uk-e01, ...): the part a round is measured on stays unseen while the round tunes on the rest.
# Run it from the project root; nothing is installed into ~/.m2.
set -euo pipefail
leave_out=
if [ "${1:-}" = --leave-out ]; then
  leave_out=${2:?--leave-out needs a letter, e.g. e}
  [[ $leave_out =~ ^[a-z]$ ]] || { echo "--leave-out: one lower-case letter, not '$leave_out'" >&2; exit 2; }
  shift 2
fi
before=${1:?usage: bench/devset-before-after.sh [--leave-out LETTER] BEFORE_DIR [OUT_DIR]}
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
if [ -n "$leave_out" ]; then
  kept=$(mktemp -d)
  for f in "$set_dir"/*.jsonl; do
    grep -v "\"id\": \"[a-z]*-$leave_out" "$f" > "$kept/$(basename "$f")" || true
  done
  set_dir=$kept
fi
for build in before after; do
  if [ $build = before ]; then classes="$before/formats:$before/core"; else classes="formats/target/classes:core/target/classes"; fi
  # the test classes come first for the evaluator; the build's own classes then supply the extractor
  java -cp "formats/target/test-classes:$classes:$jars" \
    org.trucewatch.formats.text.devset.DevSetEvaluation "$set_dir" "$out/$build" > /dev/null
  java -cp "formats/target/test-classes:$classes:$jars" \
    org.trucewatch.formats.text.devset.DevSetEvaluation formats/src/test/resources/ground-notes "$out/$build-notes" > /dev/null
  # each set of blind notes (en-mNN, en-pNN, en-rNN), written after the ones before it were tuned on, is
  # scored on its own
  for blind in formats/src/test/resources/ground-notes-blind*; do
    [ -d "$blind" ] || continue
    java -cp "formats/target/test-classes:$classes:$jars" \
      org.trucewatch.formats.text.devset.DevSetEvaluation "$blind" "$out/$build-${blind#formats/src/test/resources/ground-}" > /dev/null
  done
done
[ -z "$leave_out" ] || rm -rf "$set_dir"
# every part the evaluation wrote, in its order (LabelledText.PARTS: the blind parts by number), then the notes
blind_parts=$(ls "$out/after" | sed -n 's/^figures-\(blind[-0-9]*\)\.md$/\1/p' | sort -V)
for part in tuning held-out fresh $blind_parts; do
  [ -f "$out/after/figures-$part.md" ] || continue
  for build in before after; do
    echo "== $part, $build"
    cat "$out/$build/figures-$part.md"
  done
done
for build in before after; do
  echo "== notes, $build"
  cat "$out/$build-notes/figures-notes.md"
done
for blind in $(ls "$out" | sed -n 's/^after-\(notes-blind[-0-9]*\)$/\1/p' | sort -V); do
  # notes-blind is printed "blind notes", notes-blind-2 "blind notes 2"
  label="blind notes$(echo "${blind#notes-blind}" | tr '-' ' ')"
  for build in before after; do
    echo "== $label, $build"
    cat "$out/$build-$blind/figures-notes.md"
  done
done
echo "details: $out/before/details.jsonl $out/after/details.jsonl"
