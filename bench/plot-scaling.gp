# Plots bench/run-scaling.sh's rows: CPU time and peak memory of `trucewatch run` against the
# mission's length, FIRMS days above, AIS days below, before (label "before") and after (label
# "after") the change (-e "before=...; after=..." picks the labels). Debian: apt-get install gnuplot-nox; then, from the project root:
#   gnuplot -e "runs='bench/scaling-runs.tsv'" bench/plot-scaling.gp
# writes bench/scaling.png. The rows are run-scaling.sh's TSV (columns: label, input, scale, days,
# observations, wall_s, cpu_s, peak_rss_mb, max_live_heap_mb, coverage_bytes, exit, sampled_live_mb);
# a failed run (exit not "ok") is drawn at its last figures with an open mark. Memory: the live set
# (sampled with full collections) where measured, else the largest heap after a GC (upper bound).
if (!exists("runs")) runs = 'bench/scaling-runs.tsv'
# which rows are drawn: -e "before='before-a002e49'; after='after-...'" picks two labels
if (!exists("before")) before = 'before'
if (!exists("after")) after = 'after'
# the AIS panels may draw other labels (after_ais=..., before_ais=...)
if (!exists("before_ais")) before_ais = before
if (!exists("after_ais")) after_ais = after
set terminal pngcairo size 1100,820 font ",10"
set output 'bench/scaling.png'
set datafile separator "\t"
set key below
set grid
set xrange [0:9]
set xtics (1, 2, 4, 8)
ok(l, i) = strcol(1) eq l && strcol(2) eq i && strcol(11) eq "ok"
failed(l, i) = strcol(1) eq l && strcol(2) eq i && strcol(11) ne "ok"
set multiplot layout 2,2 title "trucewatch run as the mission grows (launcher default heap -Xmx2g)"

set xlabel "FIRMS input (x 261 days, x 42,415 detections of 2023)"
set ylabel "CPU seconds (user+sys)"
set title "FIRMS: time"
plot runs using 3:(ok(before, "firms") ? $7 : 1/0) skip 1 with linespoints pt 5 title before, \
     runs using 3:(ok(after, "firms") ? $7 : 1/0) skip 1 with linespoints pt 7 title after
set ylabel "MB"
set title "FIRMS: memory"
plot runs using 3:(ok(before, "firms") ? $12 : 1/0) skip 1 with linespoints pt 5 title "live set ".before, \
     runs using 3:(ok(after, "firms") ? $12 : 1/0) skip 1 with linespoints pt 7 title "live set ".after, \
     runs using 3:(ok(before, "firms") ? $8 : 1/0) skip 1 with linespoints pt 4 dt 3 title "peak RSS ".before, \
     runs using 3:(ok(after, "firms") ? $8 : 1/0) skip 1 with linespoints pt 9 title "peak RSS ".after, \
     2048 with lines dt 2 lc rgb "red" title "-Xmx2g"

set xlabel "AIS input (x 90 hours of simulated Black Sea traffic, 323 ships; 8 x = 30 days)"
set ylabel "CPU seconds (user+sys)"
set title "AIS: time"
plot runs using 3:(ok(before_ais, "ais") ? $7 : 1/0) skip 1 with linespoints pt 5 title before_ais, \
     runs using 3:(failed(before_ais, "ais") ? $7 : 1/0) skip 1 with points pt 4 ps 2 title "before: OutOfMemoryError", \
     runs using 3:(ok(after_ais, "ais") ? $7 : 1/0) skip 1 with linespoints pt 7 title after_ais
set ylabel "MB"
set title "AIS: memory"
plot runs using 3:(ok(before_ais, "ais") ? $12 : 1/0) skip 1 with linespoints pt 5 title "live set ".before_ais, \
     runs using 3:(ok(after_ais, "ais") ? $12 : 1/0) skip 1 with linespoints pt 7 title "live set ".after_ais, \
     runs using 3:(ok(before_ais, "ais") ? $8 : 1/0) skip 1 with linespoints pt 4 dt 3 title "peak RSS ".before_ais, \
     runs using 3:(failed(before_ais, "ais") ? $8 : 1/0) skip 1 with points pt 4 ps 2 title "before: OutOfMemoryError (RSS)", \
     runs using 3:(ok(after_ais, "ais") ? $8 : 1/0) skip 1 with linespoints pt 9 title "peak RSS ".after_ais, \
     2048 with lines dt 2 lc rgb "red" title "-Xmx2g"
unset multiplot
