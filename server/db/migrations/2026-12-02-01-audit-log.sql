-- The audit log: who did what to what, from where, and when, one row per admin action (decision 0011). Rows are
-- only ever appended: the triggers refuse UPDATE and DELETE, and each row's keyed hash (HMAC-SHA-256 over its own
-- content and the previous row's hash, key kept outside the data folder) lets `npm run audit -- verify` find a row
-- edited, inserted or removed by someone who went around the app. `seq` counts 1, 2, 3… with no gaps.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor_id   INTEGER,
  actor      TEXT NOT NULL,
  address    TEXT,
  action     TEXT NOT NULL,
  target     TEXT NOT NULL,
  before     TEXT,
  after      TEXT,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
