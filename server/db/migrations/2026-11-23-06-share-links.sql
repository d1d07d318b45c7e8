-- Read-only links to one unit's progress page, for boards without an account. The token is handed out once;
-- only its SHA-256 is stored. Revoking keeps the row (who made it, when, for which unit) and stops the link.
CREATE TABLE share_links (
  id         INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  survey_id  INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  unit_id    INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT '',
  created_by INTEGER NOT NULL REFERENCES accounts (id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX share_links_by_survey ON share_links (survey_id, unit_id);
