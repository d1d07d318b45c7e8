-- Which units of a survey an account works on (enumerator) or watches (unit board).
CREATE TABLE assignments (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  unit_id    INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  PRIMARY KEY (account_id, unit_id)
);
CREATE INDEX assignments_by_unit ON assignments (unit_id);
