#!/usr/bin/env bash
# Time and peak memory of `trucewatch run` as the mission grows: the real 2023 FIRMS file over
# Ukraine (261 days, 42,415 detections) made 1, 2, 4 and 8 times as long in days
# (FirmsDaysScaled: copy k moved k spans later), with an energy moratorium in force throughout.
# Each run is its own JVM at the launcher's default heap (bin/trucewatch: -Xmx2g; HEAP= to change),
# measured by GNU time (wall, user+sys CPU, peak RSS = VmHWM) and the GC log (largest heap after a
# collection: the live set). Run from the project root after `mvn -q -DskipTests package`:
#   bench/run-scaling.sh [JAR] [LABEL] [SCALE...]
# JAR defaults to cli/target/trucewatch.jar; rows go to target/scaling/LABEL.tsv (LABEL: after).
set -euo pipefail
jar="${1:-cli/target/trucewatch.jar}"
label="${2:-after}"
shift 2 2>/dev/null || shift $#
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 2 4 8)
heap="${HEAP:--Xmx2g}"
firms="${FIRMS:-../shared/data/firms/fire_nrt_SV-C2_400448.csv}"
work=target/scaling
mkdir -p "$work"
if [ ! -f "$firms" ]; then
  echo "run-scaling: $firms not found (the shared corpora beside the checkout)" >&2
  exit 1
fi
# the example agreement with every provision in force from 2022 to 2040, so every copy is covered
agreement="$work/energy-2022-2040.yaml"
sed -e 's/effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}/effective: {from: 2022-01-01T00:00:00Z, until: 2040-01-01T00:00:00Z}/' \
    -e 's/effective: {from: 2025-03-18T00:00:00Z}/effective: {from: 2022-01-01T00:00:00Z}/' \
    examples/agreements/black-sea-energy.yaml > "$agreement"
out="$work/$label.tsv"
printf 'label\tscale\tdays\trows\twall_s\tcpu_s\tpeak_rss_mb\tmax_live_heap_mb\tcoverage_bytes\texit\n' > "$out"
for k in "${scales[@]}"; do
  input="$work/firms-${k}x.csv"
  [ -s "$input" ] || java bench/src/main/java/org/trucewatch/bench/FirmsDaysScaled.java "$firms" "$input" "$k" >&2
  rows=$(( $(wc -l < "$input") - 1 ))
  days=$(( 261 * k ))
  run="$work/$label-${k}x"
  rm -rf "$run" && mkdir -p "$run"
  status=0
  /usr/bin/time -f '%e %U %S %M' -o "$run/time.txt" \
    java $heap -Xlog:gc:file="$run/gc.log" -jar "$jar" run --agreement "$agreement" --input "$input" \
    --out "$run/out" --key "$work/bench.key" > "$run/stdout.txt" 2> "$run/stderr.txt" || status=$?
  read -r wall user sys rss_kb < <(tail -1 "$run/time.txt")
  live=$(grep -oE '[0-9]+M->[0-9]+M' "$run/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
  coverage=$(stat -c %s "$run/out/coverage.geojson" 2>/dev/null || echo -)
  result=$([ "$status" = 0 ] && echo ok || (grep -q OutOfMemoryError "$run/stderr.txt" && echo OOM || echo "exit$status"))
  printf '%s\t%d\t%d\t%d\t%s\t%.1f\t%d\t%s\t%s\t%s\n' "$label" "$k" "$days" "$rows" "$wall" \
    "$(echo "$user $sys" | awk '{print $1 + $2}')" $((rss_kb / 1024)) "${live:--}" "$coverage" "$result" | tee -a "$out"
  rm -f "$run/out/ledger.sqlite"*
done
