#!/usr/bin/env bash
# War fires per month from 2022-02-24 to 2023-02-17 on the shared FIRMS archive, the figures of
# docs/war-fire-model.md ("Measured"), with the run's wall-clock time and peak memory. Run from
# the project root after `mvn -q -DskipTests package`; extra arguments go to classify-fires
# (e.g. --spread-km 50 for their later version, or --nrt-snpp-share 0 to leave mixed NRT rows out).
#   bench/war-fire-monthly.sh [classify-fires options...]
set -euo pipefail
A=../shared/data/firms/archive
land=../shared/data/boundaries/geoBoundaries-UKR-ADM1_simplified.geojson
out=target/war-fire
mkdir -p "$out"
awk -F, 'NR==1 || ($3 >= "2022-02-24" && $3 <= "2023-02-17")' "$A/ukr_fire_data_2022.csv" > "$out/window.csv"
awk -F, 'NR>1 && $3 <= "2023-02-17"' "$A/ukr_fire_data_2023.csv" >> "$out/window.csv"
/usr/bin/time -f "classify-fires: %e s wall-clock, %M kB peak resident" \
  bin/trucewatch classify-fires -q --land "$land" "$@" \
  --baseline "$A"/ukr_fire_data_{2012,2013,2016,2018,2019,2020,2021}.csv "$out/window.csv" > "$out/classified.csv"
# Per month: detections, detections counted (products chosen), war fires, war cell-days (cells
# centred on 0.1-degree multiples); then The Economist's daily totals summed per month (fires they
# counted, war fires: bench/data/economist-war-fires-per-day.csv) and the ratio of war fires.
theirs=bench/data/economist-war-fires-per-day.csv
awk -F, 'FNR == NR {
    if ($1 ~ /^20/ && $1 <= "2023-02-17") { m = substr($1, 1, 7); tf[m] += $2; tw[m] += $3 }
    next
  }
  FNR > 1 {
    m = substr($3, 1, 7); all[m]++
    if ($5 != "") counted[m]++
    if ($5 == 1) {
      war[m]++
      key = sprintf("%d,%d,%s", int($1 * 10 + 0.5), int($2 * 10 + 0.5), $3)
      if (!(key in seen)) { seen[key] = 1; days[m]++ }
    }
  }
  END { for (m in all) printf "%s %d %d %d %d %d %d\n", m, all[m], counted[m], war[m], days[m], tf[m], tw[m] }' \
  "$theirs" "$out/classified.csv" | sort |
  awk 'function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
       BEGIN { print "month detections counted war_fires war_cell_days | economist_fires economist_war_fires ratio" }
       { print $1, $2, $3, $4, $5, "|", $6, $7, ratio($4, $7); for (i = 2; i <= 7; i++) t[i] += $i }
       END { print "total", t[2], t[3], t[4], t[5], "|", t[6], t[7], ratio(t[4], t[7])
             print "The Economist: 14068 war-fire detections 2022-02-24 to 2023-02-18 (README, February 2023 run);"
             print "economist_* columns: their daily totals as recomputed by a 2025 run (see the data file header)" }'
