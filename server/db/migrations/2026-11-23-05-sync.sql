-- Sync: the over-quota count reads this index alone (same terms as shared/quota/progress.ts countsTowardQuota);
-- every batch with its receipts (replays answer from here), the quarantine of what was set aside,
-- each device's measured clock offset and its last reported inventory of finished interviews.
CREATE TABLE sync_batches (
  id              TEXT PRIMARY KEY,                 -- the device-made batch UUID
  device_id       TEXT NOT NULL,
  account_id      INTEGER NOT NULL REFERENCES accounts (id),
  protocol        INTEGER NOT NULL,
  interviews_hash TEXT NOT NULL,                    -- SHA-256 of the canonical interviews array: a replay must match
  sent_at         TEXT NOT NULL,                    -- the device's clock
  clock_offset_ms INTEGER NOT NULL,                 -- server − device, measured at receipt
  received_at     TEXT NOT NULL,
  accepted        INTEGER NOT NULL DEFAULT 0,
  duplicate       INTEGER NOT NULL DEFAULT 0,
  updated         INTEGER NOT NULL DEFAULT 0,
  conflict        INTEGER NOT NULL DEFAULT 0,
  rejected        INTEGER NOT NULL DEFAULT 0,
  flagged         INTEGER NOT NULL DEFAULT 0,
  receipts        TEXT NOT NULL                     -- JSON array of ReceiptItem, in the order sent
);
CREATE INDEX sync_batches_by_device ON sync_batches (device_id, received_at);

-- What the server set aside for a person: conflicts, rejections (with the raw payload) and disabled accounts'
-- uploads. Never deleted by sync; a person resolves a row.
CREATE TABLE quarantine (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected', 'disabled')),
  interview_id   TEXT NOT NULL,
  revision       INTEGER,
  survey_slug    TEXT,
  unit_no        TEXT,
  batch_id       TEXT NOT NULL,
  device_id      TEXT NOT NULL,
  account_id     INTEGER NOT NULL REFERENCES accounts (id),
  reason_code    TEXT NOT NULL,
  reason_params  TEXT NOT NULL DEFAULT '{}',
  payload        TEXT NOT NULL,                     -- the interview exactly as it arrived (JSON)
  payload_hash   TEXT NOT NULL,
  received_at    TEXT NOT NULL,
  resolved_at    TEXT,
  -- a resent copy of the same payload for the same reason is kept once
  UNIQUE (kind, interview_id, payload_hash, reason_code)
);
CREATE INDEX quarantine_open ON quarantine (resolved_at, received_at);

CREATE TABLE device_clocks (
  device_id       TEXT PRIMARY KEY,
  clock_offset_ms INTEGER NOT NULL,
  measured_at     TEXT NOT NULL
);

-- The last inventory each device reported: its finished, counted interviews, synced or not.
CREATE TABLE device_inventory (
  device_id    TEXT NOT NULL,
  interview_id TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  survey_slug  TEXT NOT NULL,
  unit_no      TEXT NOT NULL,
  reported_at  TEXT NOT NULL,
  PRIMARY KEY (device_id, interview_id)
);
CREATE INDEX device_inventory_by_unit ON device_inventory (survey_slug, unit_no);

CREATE INDEX interviews_counted ON interviews (survey_id, unit_id) WHERE practice = 0 AND voided = 0 AND status <> 'rejected';
