# Plots bench/run-scaling.sh's rows: CPU time and peak memory of `trucewatch run` against the
# mission's length. Debian: apt-get install gnuplot-nox; then, from the project root:
#   gnuplot -e "after='target/scaling/after.tsv'" bench/plot-scaling.gp
# writes bench/scaling.png.
if (!exists("after")) after = 'target/scaling/after.tsv'
set terminal pngcairo size 1100,420 font ",10"
set output 'bench/scaling.png'
set datafile separator "\t"
set key below
set grid
set multiplot layout 1,2 title "trucewatch run on the 2023 FIRMS file made 1-8 x as long in days (-Xmx2g)"
set xlabel "input (x 261 days, x 42,415 detections)"
set xrange [0:9]
set xtics (1, 2, 4, 8)
set ylabel "seconds"
set title "time"
stats after using ($2 == 1 ? $6 : 1/0) skip 1 nooutput
cpu1 = STATS_max
plot after using 2:6 skip 1 with linespoints pt 7 title "CPU (user+sys)", \
     after using 2:5 skip 1 with linespoints pt 5 title "wall (machine shared with other builds)", \
     cpu1 * x with lines dt 2 lc rgb "gray" title "linear from 1 x (CPU)"
set ylabel "MB"
set title "peak memory"
plot after using 2:8 skip 1 with linespoints pt 7 title "largest heap after a GC (live set)", \
     after using 2:7 skip 1 with linespoints pt 5 title "peak RSS (VmHWM)", \
     2048 with lines dt 2 lc rgb "red" title "-Xmx2g (bin/trucewatch default)"
unset multiplot
