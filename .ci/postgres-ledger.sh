#!/usr/bin/env bash
# Installs PostgreSQL 15 + PostGIS 3 from Debian's packages, starts the default cluster (15/main)
# on 127.0.0.1:5432 and creates the ledger tests' database and user. Idempotent: safe to re-run.
# The tests read jdbc:postgresql://127.0.0.1:5432/trucewatch_test?user=trucewatch&password=trucewatch
# unless TRUCEWATCH_TEST_POSTGRES (or -Dtrucewatch.test.postgres) names another server.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/share/postgresql/15/extension ] \
    || ! ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-15-postgis-3
fi

if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main"' | grep -q .; then
  pg_createcluster 15 main --port 5432 -- --auth-local=peer --auth-host=scram-sha-256
fi
# Only the loopback address: the test server is reachable from this machine alone.
conf=/etc/postgresql/15/main/postgresql.conf
sed -i '/^[[:space:]]*listen_addresses[[:space:]]*=/d; /^[[:space:]]*port[[:space:]]*=/d' "$conf"
printf "listen_addresses = '127.0.0.1'\nport = 5432\n" >> "$conf"
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p 5432 $*"; }
as_postgres "-tc \"SELECT 1 FROM pg_roles WHERE rolname = 'trucewatch'\"" | grep -q 1 \
  || as_postgres "-c \"CREATE ROLE trucewatch LOGIN PASSWORD 'trucewatch'\""
as_postgres "-tc \"SELECT 1 FROM pg_database WHERE datname = 'trucewatch_test'\"" | grep -q 1 \
  || as_postgres "-c \"CREATE DATABASE trucewatch_test OWNER trucewatch\""
# PostGIS is not a trusted extension: the superuser creates it once, in public.
as_postgres "-d trucewatch_test -c \"CREATE EXTENSION IF NOT EXISTS postgis\""
echo "postgres-ledger: PostgreSQL 15 + PostGIS on 127.0.0.1:5432, database trucewatch_test" >&2
