-- Checkpoints signed with the deployment's Ed25519 key, append-only like the entries.
CREATE TABLE checkpoints (
  entry_count BIGINT NOT NULL CHECK (entry_count >= 0),
  head_chain_hash TEXT NOT NULL,
  key_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  signature TEXT NOT NULL,
  PRIMARY KEY (entry_count, key_id)
);

CREATE TRIGGER checkpoints_no_update_or_delete BEFORE UPDATE OR DELETE ON checkpoints
  FOR EACH ROW EXECUTE FUNCTION trucewatch_refuse_change();
CREATE TRIGGER checkpoints_no_truncate BEFORE TRUNCATE ON checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION trucewatch_refuse_change();
