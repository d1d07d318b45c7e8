-- Interviews as the server holds them: the whole validated record as JSON (`record`) plus the columns that
-- queries filter and count on. One row per interview id; earlier revisions live in interview_revisions.
CREATE TABLE interviews (
  id                    TEXT PRIMARY KEY,                 -- the device-made UUID
  survey_id             INTEGER NOT NULL REFERENCES surveys (id),
  unit_id               INTEGER NOT NULL REFERENCES units (id),
  questionnaire_version INTEGER NOT NULL,
  mode                  TEXT NOT NULL CHECK (mode IN ('direct', 'online')),
  entry                 TEXT NOT NULL CHECK (entry IN ('interview', 'paper')),
  serial                TEXT,
  account_id            INTEGER NOT NULL REFERENCES accounts (id),
  device_id             TEXT NOT NULL,
  status                TEXT NOT NULL CHECK (status IN ('received', 'approved', 'needs_correction', 'rejected')),
  revision              INTEGER NOT NULL CHECK (revision >= 1),
  practice              INTEGER NOT NULL CHECK (practice IN (0, 1)),
  voided                INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  -- The calendar day of the interview in Asia/Ho_Chi_Minh (YYYY-MM-DD): the paper's date for paper forms,
  -- else the device's finish time corrected by its measured clock offset.
  interview_day         TEXT,
  flags                 TEXT NOT NULL DEFAULT '[]',       -- JSON array of ReceiptFlag
  content_hash          TEXT NOT NULL,                    -- SHA-256 of the canonical record: the idempotency key
  record                TEXT NOT NULL,                    -- the Interview as received (shared/interview/schema.ts)
  received_at           TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX interviews_by_unit ON interviews (survey_id, unit_id, status);
CREATE INDEX interviews_by_serial ON interviews (survey_id, serial) WHERE serial IS NOT NULL;
CREATE INDEX interviews_by_account ON interviews (account_id);
CREATE INDEX interviews_by_day ON interviews (survey_id, interview_day);

-- Every stored revision, kept for the audit trail: nothing the field sent is ever overwritten without a copy.
CREATE TABLE interview_revisions (
  interview_id TEXT NOT NULL REFERENCES interviews (id),
  revision     INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  record       TEXT NOT NULL,
  stored_at    TEXT NOT NULL,
  PRIMARY KEY (interview_id, revision)
);
