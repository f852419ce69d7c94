-- The query store: incidents of published runs, for map and API queries by place and time.
-- Derived data (rebuilt from the ledger at any time), so rows are replaced per run.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  start_time TIMESTAMPTZ NOT NULL,
  end_time TIMESTAMPTZ NOT NULL CHECK (end_time >= start_time),
  grade TEXT NOT NULL,
  finding_ids TEXT NOT NULL,
  location geometry(Point, 4326) NOT NULL
);

CREATE INDEX incidents_location ON incidents USING GIST (location);
CREATE INDEX incidents_time ON incidents (start_time, end_time);
