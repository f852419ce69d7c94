#!/usr/bin/env bash
# End-to-end site matching: PostGIS (load, index, query) against Trucewatch's matcher (read,
# build footprints, match), on the same files. Runs its own PostgreSQL 15 cluster on
# 127.0.0.1:5433 with a scratch data directory, so it never touches another cluster.
#
#   bench/postgis/run.sh [DETECTIONS] [SITES]      (defaults 1000000 and 10000; from the project root)
#
# Needs: Debian postgresql-15 and postgresql-15-postgis-3; mvn -q -DskipTests package first.
set -euo pipefail
N=${1:-1000000}
S=${2:-10000}
PORT=5433
WORK=$(mktemp -d /tmp/trucewatch-postgis.XXXXXX)
BIN=/usr/lib/postgresql/15/bin
chmod 755 "$WORK"
cleanup() {
  if [ -f "$WORK/data/postmaster.pid" ]; then
    runuser -u postgres -- "$BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

java -cp bench/target/benchmarks.jar org.trucewatch.bench.SiteMatchFiles "$WORK" "$N" "$S"

chown postgres "$WORK"
mkdir "$WORK/data" && chown postgres "$WORK/data"
runuser -u postgres -- "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust >/dev/null
runuser -u postgres -- "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $WORK/data -c shared_buffers=512MB -c max_parallel_workers_per_gather=0" -w start >/dev/null
PSQL="psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt"
$PSQL -c "CREATE EXTENSION postgis"

ms() { date +%s%3N; }
t0=$(ms)
$PSQL <<SQL
CREATE TABLE det (id int, lon float8, lat float8, scan float8, track float8, fp geography(Polygon, 4326));
\copy det FROM '$WORK/detections.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE site (id int, pos geography(Point, 4326), radius_m float8);
\copy site FROM '$WORK/sites.csv' WITH (FORMAT csv, HEADER true)
CREATE INDEX site_pos ON site USING gist (pos);
CREATE INDEX det_fp ON det USING gist (fp);
ANALYZE det; ANALYZE site;
SQL
t1=$(ms)
MATCHES=$($PSQL -c "SELECT count(*) FROM det d JOIN site s ON ST_DWithin(s.pos, d.fp, s.radius_m)")
t2=$(ms)
# the query again, warm: PostGIS's best case for the query alone (its plan: for each site, an
# index scan of the footprints within the site's radius; the radius comes from the site row, so
# the footprint index, not the site index, is the one it can use)
$PSQL -c "SELECT count(*) FROM det d JOIN site s ON ST_DWithin(s.pos, d.fp, s.radius_m)" >/dev/null
t3=$(ms)
PLAN=$($PSQL -c "EXPLAIN SELECT count(*) FROM det d JOIN site s ON ST_DWithin(s.pos, d.fp, s.radius_m)" | tr '\n' ' ' | sed 's/  */ /g')

OURS=$(java -Xmx8g -cp bench/target/benchmarks.jar org.trucewatch.bench.SiteMatchEndToEnd "$WORK/detections.csv" "$WORK/sites.csv")

echo "detections=$N sites=$S"
echo "postgis: load+index $((t1 - t0)) ms, first query $((t2 - t1)) ms, warm query $((t3 - t2)) ms, matches $MATCHES"
echo "postgis: load-and-query $(( N * 1000 / (t2 - t0) )) detections/s; warm query $(( N * 1000 / (t3 - t2) )) detections/s"
echo "postgis plan: $PLAN"
echo "ours:"; echo "$OURS"
