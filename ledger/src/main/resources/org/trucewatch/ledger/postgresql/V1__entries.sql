-- Entries: every accepted raw input, append-only and hash-chained (see docs/ledger.md).
CREATE TABLE entries (
  seq BIGINT PRIMARY KEY CHECK (seq >= 1),
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
  previous_chain_hash TEXT NOT NULL,
  chain_hash TEXT NOT NULL,
  received_at TEXT NOT NULL,
  raw BYTEA NOT NULL
);

CREATE FUNCTION trucewatch_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'trucewatch ledger is append-only: % of % refused', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER entries_no_update_or_delete BEFORE UPDATE OR DELETE ON entries
  FOR EACH ROW EXECUTE FUNCTION trucewatch_refuse_change();
CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON entries
  FOR EACH STATEMENT EXECUTE FUNCTION trucewatch_refuse_change();
