-- Every version of every finding, as runs and the live server re-assessed it (see docs/lifecycle.md).
-- Derived from the entries, so re-derivable by a replay up to entry_count; kept append-only so
-- that no earlier version can be rewritten.
CREATE TABLE finding_versions (
  finding_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  provision TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  anchor TEXT NOT NULL,
  supersedes TEXT NOT NULL,
  entry_count BIGINT NOT NULL CHECK (entry_count >= 0),
  head_chain_hash TEXT NOT NULL,
  change TEXT NOT NULL,
  grade TEXT NOT NULL,
  lifecycle TEXT NOT NULL,
  evidence TEXT NOT NULL,
  why TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (finding_id, version)
);

CREATE TRIGGER finding_versions_no_update_or_delete BEFORE UPDATE OR DELETE ON finding_versions
  FOR EACH ROW EXECUTE FUNCTION trucewatch_refuse_change();
CREATE TRIGGER finding_versions_no_truncate BEFORE TRUNCATE ON finding_versions
  FOR EACH STATEMENT EXECUTE FUNCTION trucewatch_refuse_change();
