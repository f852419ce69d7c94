-- The query store: incidents of the latest run, for map and API queries by place and time.
-- Derived data, rebuilt from the ledger by every run, so rows are replaced (no trigger here).
-- Created here when the migrating user may (a superuser); otherwise an administrator creates it
-- first (.ci/postgres-ledger.sh does). Checked first, so no notice when it already exists.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
    CREATE EXTENSION postgis;
  END IF;
END
$$;

CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  start_time TIMESTAMPTZ NOT NULL,
  end_time TIMESTAMPTZ NOT NULL CHECK (end_time >= start_time),
  grade TEXT,
  finding_ids TEXT NOT NULL,
  location geometry(Point, 4326) NOT NULL
);

-- Bounding-box search goes through the R-tree (GiST); time through the B-tree.
CREATE INDEX incidents_location ON incidents USING GIST (location);
CREATE INDEX incidents_time ON incidents (start_time, end_time);
