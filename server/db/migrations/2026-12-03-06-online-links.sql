-- Online self-completion (decision 0021). A link per unit, or one per survey (unit_id NULL: the respondent picks
-- it). Its token is public by design (shared over Zalo, printed as a QR code), so it is kept to be shown again.
-- An online answer is an interview like any other: it is stored in `interviews` through the same checks, its
-- account the one system account below (never able to sign in) and its device the link's `source_id`; its link,
-- the keyed hash of the address it came from and the hash of its answers are in online_submissions.
-- The interviews table is left as it is: no rebuild, so every index and trigger on it (quota counters,
-- tabulation rows, review indexes) stays exactly as migrations 04–12 and 2026-12-03-03/05 made them.
CREATE TABLE online_links (
  id         INTEGER PRIMARY KEY,
  token      TEXT NOT NULL UNIQUE,
  survey_id  INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  unit_id    INTEGER REFERENCES units (id) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT '',
  -- The `device_id` of every interview taken through this link: where an interview came from, for the review.
  source_id  TEXT NOT NULL UNIQUE,
  state      TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'paused', 'retired')),
  created_by INTEGER NOT NULL REFERENCES accounts (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX online_links_by_survey ON online_links (survey_id, unit_id);

CREATE TABLE online_submissions (
  interview_id TEXT PRIMARY KEY REFERENCES interviews (id),
  link_id      INTEGER NOT NULL REFERENCES online_links (id),
  -- HMAC of the address under a key that changes every day (server/online/address-hash.ts): never the address.
  address_hash TEXT NOT NULL,
  -- SHA-256 of the canonical answers: a replay compares it, the near-duplicate check looks it up.
  answers_hash TEXT NOT NULL,
  flags        TEXT NOT NULL DEFAULT '[]',
  received_at  TEXT NOT NULL
);
CREATE INDEX online_submissions_by_link ON online_submissions (link_id);
CREATE INDEX online_submissions_near ON online_submissions (address_hash, answers_hash, received_at);
