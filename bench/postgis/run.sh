#!/usr/bin/env bash
# End-to-end site matching: PostGIS against Trucewatch's matcher on the same files, in one run.
# Runs its own PostgreSQL 15 cluster on 127.0.0.1:5433 with a scratch data directory, so it never
# touches another cluster.
#
#   bench/postgis/run.sh [DETECTIONS] [SITES]      (defaults 1000000 and 10000; from the project root)
#
# PostGIS is timed four ways, each phase on its own:
#  numeric:   given what ours is given: an UNLOGGED table loaded by a numeric COPY (id, lon, lat,
#             scan, track), the footprints built from those numbers in SQL (the closed form of
#             PixelFootprint) into an UNLOGGED table, only the GiST index the query uses (on the
#             footprints), ANALYZE of the small sites table, then the query;
#  EWKT lean: the same but loading the footprints as EWKT (parsed in C) into an UNLOGGED table;
#             "PostGIS at its best end to end" is the faster of these two;
#  warm:      the query again on the numeric tables, twice, the faster kept: the query alone;
#  old:       the path this benchmark timed first: COPY of the footprints as EWKT into logged
#             tables, GiST indexes on both tables (the sites' one unused), ANALYZE of both, query.
# JIT compilation is off (jit=off: on, it adds its compile time to each query and gains nothing
# on this plan).
# Ours (SiteMatchEndToEnd, one thread, JVM start excluded as the server's start is) reads the
# numeric files, builds the footprints, indexes the sites and matches. Prints every phase and
# the ratios.
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
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $WORK/data -c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_parallel_workers_per_gather=0 -c max_parallel_maintenance_workers=0 -c autovacuum=off -c jit=off" \
  -w start >/dev/null
PSQL="psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt"
$PSQL -c "CREATE EXTENSION postgis"

ms() { date +%s%3N; }
load() { cut -d' ' -f1 /proc/loadavg; }

# --- best: PostGIS at its best, two ways --------------------------------------------------
# 1. numeric: COPY of the numbers into an UNLOGGED table, then the footprints built from them in
#    SQL: PixelFootprint.closedForm's meridian steps north and south (mid-point rule) and the
#    corners due east and west of each edge's mid-point (the series of the geodesic from its
#    vertex), A = 6378137 m, E2 = WGS 84's first eccentricity squared, A (1 - E2) =
#    6335439.327083168 m, written as WKB and read by ST_GeogFromWKB (ST_MakePoint, ST_MakeLine and
#    ST_MakePolygon cost 2.5 times as much). Each step is a MATERIALIZED CTE: as plain subqueries
#    the planner flattens them and repeats every shared subexpression (4 times slower), behind
#    OFFSET 0 they cost a subquery scan per row (2 times slower).
# 2. EWKT, lean: the old file (footprints as EWKT, parsed by PostGIS in C) into an UNLOGGED table.
# Both: only the GiST index the query uses (the footprints'; the plan, printed below, scans it
# for each site), ANALYZE of the small sites table only (new and unanalysed, the planner would
# take it for thousands of pages; it costs milliseconds), then the query.
FOOTPRINT_SQL=$(cat <<'SQL'
CREATE UNLOGGED TABLE det AS
WITH m AS MATERIALIZED (
  SELECT id, lon, scan * 500 AS hs,
    radians(lat) + track * 500 * (1 - 0.0066943799901413165 * sin(radians(lat) + track * 250
      * (1 - 0.0066943799901413165 * sin(radians(lat)) ^ 2) ^ 1.5 / 6335439.327083168) ^ 2) ^ 1.5 / 6335439.327083168 AS pn,
    radians(lat) - track * 500 * (1 - 0.0066943799901413165 * sin(radians(lat) - track * 250
      * (1 - 0.0066943799901413165 * sin(radians(lat)) ^ 2) ^ 1.5 / 6335439.327083168) ^ 2) ^ 1.5 / 6335439.327083168 AS ps
  FROM det_raw),
c AS MATERIALIZED (
  SELECT id, lon,
    degrees(pn - hs ^ 2 * tan(pn) * (1 - 0.0066943799901413165 * sin(pn) ^ 2) ^ 2 / (2 * 6378137.0 * 6335439.327083168)) AS latn,
    degrees(ps - hs ^ 2 * tan(ps) * (1 - 0.0066943799901413165 * sin(ps) ^ 2) ^ 2 / (2 * 6378137.0 * 6335439.327083168)) AS lats,
    degrees(hs * sqrt(1 - 0.0066943799901413165 * sin(pn) ^ 2) / (6378137.0 * cos(pn))
      * (1 - hs ^ 2 * tan(pn) ^ 2 * (1 - 0.0066943799901413165 * sin(pn) ^ 2) / (3 * 6378137.0 ^ 2))) AS dn,
    degrees(hs * sqrt(1 - 0.0066943799901413165 * sin(ps) ^ 2) / (6378137.0 * cos(ps))
      * (1 - hs ^ 2 * tan(ps) ^ 2 * (1 - 0.0066943799901413165 * sin(ps) ^ 2) / (3 * 6378137.0 ^ 2))) AS ds
  FROM m)
SELECT id, ST_GeogFromWKB('\x00000000030000000100000005'::bytea
    || float8send(lon - ds) || float8send(lats) || float8send(lon + ds) || float8send(lats)
    || float8send(lon + dn) || float8send(latn) || float8send(lon - dn) || float8send(latn)
    || float8send(lon - ds) || float8send(lats)) AS fp
FROM c;
SQL
)
QUERY="SELECT count(*) FROM det d JOIN site s ON ST_DWithin(s.pos, d.fp, s.radius_m)"
echo "load average at the start: $(load)"
b0=$(ms)
$PSQL <<SQL
CREATE UNLOGGED TABLE det_raw (id int, lon float8, lat float8, scan float8, track float8);
\copy det_raw FROM '$WORK/detections-numeric.csv' WITH (FORMAT csv, HEADER true)
CREATE UNLOGGED TABLE site_raw (id int, lon float8, lat float8, radius_m float8);
\copy site_raw FROM '$WORK/sites-numeric.csv' WITH (FORMAT csv, HEADER true)
SQL
b1=$(ms)
$PSQL <<SQL
SET work_mem = '1GB';
$FOOTPRINT_SQL
CREATE UNLOGGED TABLE site AS SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography AS pos, radius_m FROM site_raw;
SQL
b2=$(ms)
$PSQL -c "CREATE INDEX det_fp ON det USING gist (fp)"
b3=$(ms)
$PSQL -c "ANALYZE site"
b4=$(ms)
BEST_MATCHES=$($PSQL -c "$QUERY")
b5=$(ms)
BEST_PLAN=$($PSQL -c "EXPLAIN $QUERY" | tr '\n' ' ' | sed 's/  */ /g')
w0=$(ms)
$PSQL -c "$QUERY" >/dev/null
w1=$(ms)
$PSQL -c "$QUERY" >/dev/null
w2=$(ms)
WARM=$(( w1 - w0 < w2 - w1 ? w1 - w0 : w2 - w1 ))
echo "load average after PostGIS numeric: $(load)"

e0=$(ms)
$PSQL <<SQL
CREATE UNLOGGED TABLE det_e (id int, lon float8, lat float8, scan float8, track float8, fp geography(Polygon, 4326));
\copy det_e FROM '$WORK/detections.csv' WITH (FORMAT csv, HEADER true)
CREATE UNLOGGED TABLE site_e (id int, pos geography(Point, 4326), radius_m float8);
\copy site_e FROM '$WORK/sites.csv' WITH (FORMAT csv, HEADER true)
SQL
e1=$(ms)
$PSQL -c "CREATE INDEX det_e_fp ON det_e USING gist (fp)"
e2=$(ms)
$PSQL -c "ANALYZE site_e"
e3=$(ms)
EWKT_MATCHES=$($PSQL -c "SELECT count(*) FROM det_e d JOIN site_e s ON ST_DWithin(s.pos, d.fp, s.radius_m)")
e4=$(ms)
echo "load average after PostGIS EWKT lean: $(load)"

# --- old: EWKT COPY, logged tables, both indexes, ANALYZE both ------------------------------
o0=$(ms)
$PSQL <<SQL
CREATE TABLE det_old (id int, lon float8, lat float8, scan float8, track float8, fp geography(Polygon, 4326));
\copy det_old FROM '$WORK/detections.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE site_old (id int, pos geography(Point, 4326), radius_m float8);
\copy site_old FROM '$WORK/sites.csv' WITH (FORMAT csv, HEADER true)
CREATE INDEX site_old_pos ON site_old USING gist (pos);
CREATE INDEX det_old_fp ON det_old USING gist (fp);
ANALYZE det_old; ANALYZE site_old;
SQL
o1=$(ms)
OLD_MATCHES=$($PSQL -c "SELECT count(*) FROM det_old d JOIN site_old s ON ST_DWithin(s.pos, d.fp, s.radius_m)")
o2=$(ms)
echo "load average after PostGIS old: $(load)"

OURS=$(java -Xmx8g -cp bench/target/benchmarks.jar org.trucewatch.bench.SiteMatchEndToEnd \
  "$WORK/detections-numeric.csv" "$WORK/sites-numeric.csv")
echo "load average at the end: $(load)"

NUMERIC=$(( b5 - b0 ))
LEAN=$(( e4 - e0 ))
BEST=$(( NUMERIC < LEAN ? NUMERIC : LEAN ))
OLD=$(( o2 - o0 ))
echo "detections=$N sites=$S"
echo "postgis numeric: copy $((b1 - b0)) ms, footprints in SQL $((b2 - b1)) ms, footprint index $((b3 - b2)) ms, analyze sites $((b4 - b3)) ms, first query $((b5 - b4)) ms; end to end $NUMERIC ms ($(( N * 1000 / NUMERIC )) detections/s), matches $BEST_MATCHES"
echo "postgis EWKT lean: copy $((e1 - e0)) ms, footprint index $((e2 - e1)) ms, analyze sites $((e3 - e2)) ms, first query $((e4 - e3)) ms; end to end $LEAN ms ($(( N * 1000 / LEAN )) detections/s), matches $EWKT_MATCHES"
echo "postgis at its best end to end (the faster of the two): $BEST ms"
echo "postgis warm query alone (best of 2): $WARM ms ($(( N * 1000 / WARM )) detections/s)"
echo "postgis old: EWKT copy + 2 indexes + analyze $((o1 - o0)) ms, first query $((o2 - o1)) ms; end to end $OLD ms ($(( N * 1000 / OLD )) detections/s), matches $OLD_MATCHES"
echo "postgis plan: $BEST_PLAN"
echo "ours:"; echo "$OURS"
COUNT_MS=$(echo "$OURS" | awk -F': ' '/index\+match, count:/ {split($2, a, " "); print a[1]}')
DIST_MS=$(echo "$OURS" | awk -F': ' '/index\+match, with distances:/ {split($2, a, " "); print a[1]}')
awk -v c="$COUNT_MS" -v d="$DIST_MS" -v warm="$WARM" -v best="$BEST" -v old="$OLD" 'BEGIN {
  printf "ratios (PostGIS time / ours), count | with distances:\n";
  printf "  (a) vs PostGIS warm query alone:      %5.2f x | %5.2f x\n", warm / c, warm / d;
  printf "  (b) vs PostGIS at its best, end to end: %5.2f x | %5.2f x\n", best / c, best / d;
  printf "  (c) vs the old PostGIS path:          %5.2f x | %5.2f x\n", old / c, old / d }'
