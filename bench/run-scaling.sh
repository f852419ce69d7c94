#!/usr/bin/env bash
# Time and peak memory of `trucewatch run` as the mission grows, for two inputs (INPUT=, default both):
# - firms: the real 2023 FIRMS file over Ukraine (261 days, 42,415 detections) made 1, 2, 4 and 8
#   times as long in days (FirmsDaysScaled: copy k moved k spans later);
# - ais: simulated Black Sea AIS (`trucewatch sim`, 323 ships, the NMEA file alone) of 90 hours
#   times 1, 2, 4 and 8: 8 x is the month (720 hours, 30 days). AIS_FILES=daily (the default) gives
#   it as a shore network's archive does, a file per UTC day (by each sentence's tag-block time
#   `c:`); AIS_FILES=one gives the simulator's single file.
# Both against the example agreement with every provision in force from 2022 to 2040. Each run is its
# own JVM at the launcher's default heap (bin/trucewatch: -Xmx2g; HEAP= to change), measured by GNU
# time (wall, user+sys CPU, peak RSS = VmHWM), the GC log (largest heap after a collection: with G1's
# young pauses an upper bound, old garbage included) and a live-set sampler (every SAMPLE seconds,
# default 10, `jcmd PID GC.class_histogram`, which collects fully first: the largest live set seen). The simulator runs once per scale, in a JVM of its own with SIM_HEAP (default -Xmx6g: it
# holds a month's sentences to sort them), and is not measured. Run from the project root after
# `mvn -q -DskipTests package`:
#   [INPUT=firms|ais|both] bench/run-scaling.sh [JAR] [LABEL] [SCALE...]
# JAR defaults to cli/target/trucewatch.jar; rows go to target/scaling/LABEL.tsv (LABEL: after).
set -euo pipefail
jar="${1:-cli/target/trucewatch.jar}"
label="${2:-after}"
shift 2 2>/dev/null || shift $#
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(1 2 4 8)
heap="${HEAP:--Xmx2g}"
sim_heap="${SIM_HEAP:--Xmx6g}"
kinds="${INPUT:-both}"
ais_files="${AIS_FILES:-daily}"
[ "$kinds" = both ] && kinds="firms ais"
firms="${FIRMS:-../shared/data/firms/fire_nrt_SV-C2_400448.csv}"
work=target/scaling
mkdir -p "$work"
# the example agreement with every provision in force from 2022 to 2040, so every copy is covered
agreement="$work/energy-2022-2040.yaml"
sed -e 's/effective: {from: 2025-03-18T00:00:00Z, until: 2025-04-17T00:00:00Z}/effective: {from: 2022-01-01T00:00:00Z, until: 2040-01-01T00:00:00Z}/' \
    -e 's/effective: {from: 2025-03-18T00:00:00Z}/effective: {from: 2022-01-01T00:00:00Z}/' \
    examples/agreements/black-sea-energy.yaml > "$agreement"
out="$work/$label.tsv"
[ -s "$out" ] || printf 'label\tinput\tscale\tdays\tobservations\twall_s\tcpu_s\tpeak_rss_mb\tmax_live_heap_mb\tcoverage_bytes\texit\tsampled_live_mb\n' > "$out"
sample="${SAMPLE:-10}"

# prints the path of the input of this kind at scale k, making it when absent
input_of() {
  local kind=$1 k=$2
  case $kind in
    firms)
      if [ ! -f "$firms" ]; then
        echo "run-scaling: $firms not found (the shared corpora beside the checkout)" >&2
        exit 1
      fi
      local f="$work/firms-${k}x.csv"
      [ -s "$f" ] || java bench/src/main/java/org/trucewatch/bench/FirmsDaysScaled.java "$firms" "$f" "$k" >&2
      echo "$f" ;;
    ais)
      local d="$work/ais-${k}x"
      if [ ! -s "$d/inputs/ais-traffic.nmea" ]; then
        rm -rf "$d"
        java $sim_heap -jar "$jar" sim --agreement "$agreement" --seed 7 --hours $((90 * k)) \
          --start 2025-06-01T00:00:00Z --out "$d" > /dev/null
      fi
      case $ais_files in
        one) echo "$d/inputs/ais-traffic.nmea" ;;
        daily)
          if [ ! -d "$d/daily" ]; then
            # a sentence without a time (a later part of a multipart message) goes with the one before
            mkdir -p "$d/daily.tmp"
            awk -v dir="$d/daily.tmp" '
              match($0, /c:[0-9]+/) { day = strftime("%Y-%m-%d", substr($0, RSTART + 2, RLENGTH - 2), 1) }
              { print > (dir "/ais-" day ".nmea") }' "$d/inputs/ais-traffic.nmea"
            mv "$d/daily.tmp" "$d/daily"
          fi
          echo "$d/daily" ;;
        *) echo "run-scaling: AIS_FILES must be daily or one, not $ais_files" >&2; exit 2 ;;
      esac ;;
    *) echo "run-scaling: INPUT must be firms, ais or both, not $kind" >&2; exit 2 ;;
  esac
}

for kind in $kinds; do
  for k in "${scales[@]}"; do
    input=$(input_of "$kind" "$k")
    if [ "$kind" = firms ]; then days=$((261 * k)); else days=$(awk "BEGIN {printf \"%.2f\", 90 * $k / 24}"); fi
    run="$work/$label-$kind-${k}x"
    rm -rf "$run" && mkdir -p "$run"
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$run/time.txt" \
      java $heap -Xlog:gc:file="$run/gc.log" -jar "$jar" run --agreement "$agreement" --input "$input" \
      --out "$run/out" --key "$work/bench.key" > "$run/stdout.txt" 2> "$run/stderr.txt" &
    timer=$!
    sleep 1
    jvm=$(pgrep -P "$timer" java || true)
    : > "$run/live.txt"
    while kill -0 "$timer" 2> /dev/null; do
      sleep "$sample"
      [ -n "$jvm" ] && jcmd "$jvm" GC.class_histogram 2> /dev/null | awk '$1 == "Total" {print $3}' >> "$run/live.txt" || true
    done
    wait "$timer" || status=$?
    sampled=$(sort -n "$run/live.txt" | tail -1)
    read -r wall user sys rss_kb < <(tail -1 "$run/time.txt")
    live=$(grep -oE '[0-9]+M->[0-9]+M' "$run/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
    coverage=$(stat -c %s "$run/out/coverage.geojson" 2>/dev/null || echo -)
    observations=$(grep -oE '"observations" : [0-9]+' "$run/out/manifest.json" 2>/dev/null | tail -1 | grep -oE '[0-9]+$' || echo -)
    result=$([ "$status" = 0 ] && echo ok || (grep -q OutOfMemoryError "$run/stderr.txt" && echo OOM || echo "exit$status"))
    printf '%s\t%s\t%d\t%s\t%s\t%s\t%.1f\t%d\t%s\t%s\t%s\t%s\n' "$label" "$kind" "$k" "$days" "${observations:--}" "$wall" \
      "$(echo "$user $sys" | awk '{print $1 + $2}')" $((rss_kb / 1024)) "${live:--}" "$coverage" "$result" \
      "$([ -n "$sampled" ] && echo $((sampled / 1048576)) || echo -)" | tee -a "$out"
    rm -f "$run/out/ledger.sqlite"*
  done
done
