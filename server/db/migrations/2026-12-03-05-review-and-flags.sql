-- Review and reconciliation (issue 20, decision 0019): the review's own columns on each interview, the decisions
-- taken on its flags, the history of review actions, the indexes of the interviews table's keyset pages, and the
-- quota counters' `flagged` made "has a flag nobody resolved yet".

-- review_version: bumped by every review write (status, flag decision, correction, void); with `revision` it is
-- the optimistic-concurrency token an admin's action carries. resolved_flags: the flags a decision closed (JSON
-- array). review_flags: flags the review raises itself (same_answers), which the receipt protocol never carries.
ALTER TABLE interviews ADD COLUMN review_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interviews ADD COLUMN resolved_flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE interviews ADD COLUMN review_flags TEXT NOT NULL DEFAULT '[]';

-- One row per resolved flag of an interview: resolving it twice is refused by the key.
CREATE TABLE interview_flag_decisions (
  interview_id TEXT NOT NULL REFERENCES interviews (id),
  flag         TEXT NOT NULL,
  decision     TEXT NOT NULL CHECK (decision IN ('keep', 'void')),
  reason       TEXT NOT NULL,
  account_id   INTEGER NOT NULL REFERENCES accounts (id),
  revision     INTEGER NOT NULL,
  decided_at   TEXT NOT NULL,
  PRIMARY KEY (interview_id, flag)
);

-- Every review action on an interview, append-only, beside the audit log: the interview's history as its page
-- shows it (the audit log holds one entry per request, a bulk approval one for thousands).
CREATE TABLE interview_reviews (
  id           INTEGER PRIMARY KEY,
  interview_id TEXT NOT NULL REFERENCES interviews (id),
  action       TEXT NOT NULL CHECK (action IN ('approve', 'request_correction', 'reject', 'void', 'correct')),
  from_status  TEXT NOT NULL,
  to_status    TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  comment      TEXT,
  account_id   INTEGER NOT NULL REFERENCES accounts (id),
  at           TEXT NOT NULL
);
CREATE INDEX interview_reviews_by_interview ON interview_reviews (interview_id);

-- The interviews table's sorts, paged by key (server/repo/review-list.ts). Arrival replaces the bare
-- survey index (same prefix, still appended in arrival order by a batch); the serial sorts read a missing
-- serial (online forms) as '' so every row has a place in the order.
DROP INDEX interviews_by_survey;
CREATE INDEX interviews_by_arrival ON interviews (survey_id, received_at, id);
CREATE INDEX interviews_by_survey_serial ON interviews (survey_id, ifnull(serial, ''), id);
CREATE INDEX interviews_by_unit_serial ON interviews (survey_id, unit_id, ifnull(serial, ''), id);
-- One unit newest first (the review's commonest view), and the flagged rows alone (few, so cheap to keep).
CREATE INDEX interviews_by_unit_arrival ON interviews (survey_id, unit_id, received_at, id);
CREATE INDEX interviews_flagged ON interviews (survey_id, unit_id, ifnull(serial, ''), id)
  WHERE flags <> '[]' OR review_flags <> '[]';

-- The batches screen: every sync upload newest first.
CREATE INDEX sync_batches_by_arrival ON sync_batches (received_at, id);

-- `flagged` in the counters: a flag raised (at receipt or by the review) that no decision resolved. The cheap
-- cases first: no flag at all, or none resolved (every interview the sync stores).
DROP TRIGGER quota_count_insert;
DROP TRIGGER quota_count_delete;
DROP TRIGGER quota_count_update;

CREATE TRIGGER quota_count_insert AFTER INSERT ON interviews
BEGIN
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  VALUES (NEW.survey_id, NEW.unit_id, NEW.mode, NEW.status, NEW.practice, NEW.voided,
          CASE WHEN NEW.flags = '[]' AND NEW.review_flags = '[]' THEN 0 WHEN NEW.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(NEW.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(NEW.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags))) END,
          NEW.quota_cell, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO quota_daily_counts (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged, n)
  VALUES (NEW.survey_id, NEW.unit_id, coalesce(NEW.interview_day, ''), NEW.account_id, NEW.mode, NEW.status,
          NEW.practice, NEW.voided,
          CASE WHEN NEW.flags = '[]' AND NEW.review_flags = '[]' THEN 0 WHEN NEW.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(NEW.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(NEW.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags))) END,
          1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER quota_count_delete AFTER DELETE ON interviews
BEGIN
  UPDATE quota_unit_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND mode = OLD.mode AND status = OLD.status
    AND practice = OLD.practice AND voided = OLD.voided AND cell = OLD.quota_cell
    AND flagged = CASE WHEN OLD.flags = '[]' AND OLD.review_flags = '[]' THEN 0 WHEN OLD.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(OLD.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(OLD.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags))) END;
  DELETE FROM quota_unit_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND n <= 0;
  UPDATE quota_daily_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND day = coalesce(OLD.interview_day, '')
    AND account_id = OLD.account_id AND mode = OLD.mode AND status = OLD.status AND practice = OLD.practice
    AND voided = OLD.voided
    AND flagged = CASE WHEN OLD.flags = '[]' AND OLD.review_flags = '[]' THEN 0 WHEN OLD.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(OLD.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(OLD.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags))) END;
  DELETE FROM quota_daily_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id
    AND day = coalesce(OLD.interview_day, '') AND n <= 0;
END;

CREATE TRIGGER quota_count_update
AFTER UPDATE OF survey_id, unit_id, mode, status, practice, voided, flags, review_flags, resolved_flags, interview_day,
  account_id, quota_cell ON interviews
BEGIN
  UPDATE quota_unit_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND mode = OLD.mode AND status = OLD.status
    AND practice = OLD.practice AND voided = OLD.voided AND cell = OLD.quota_cell
    AND flagged = CASE WHEN OLD.flags = '[]' AND OLD.review_flags = '[]' THEN 0 WHEN OLD.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(OLD.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(OLD.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags))) END;
  DELETE FROM quota_unit_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND n <= 0;
  UPDATE quota_daily_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND day = coalesce(OLD.interview_day, '')
    AND account_id = OLD.account_id AND mode = OLD.mode AND status = OLD.status AND practice = OLD.practice
    AND voided = OLD.voided
    AND flagged = CASE WHEN OLD.flags = '[]' AND OLD.review_flags = '[]' THEN 0 WHEN OLD.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(OLD.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(OLD.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(OLD.resolved_flags))) END;
  DELETE FROM quota_daily_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id
    AND day = coalesce(OLD.interview_day, '') AND n <= 0;
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  VALUES (NEW.survey_id, NEW.unit_id, NEW.mode, NEW.status, NEW.practice, NEW.voided,
          CASE WHEN NEW.flags = '[]' AND NEW.review_flags = '[]' THEN 0 WHEN NEW.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(NEW.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(NEW.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags))) END,
          NEW.quota_cell, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO quota_daily_counts (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged, n)
  VALUES (NEW.survey_id, NEW.unit_id, coalesce(NEW.interview_day, ''), NEW.account_id, NEW.mode, NEW.status,
          NEW.practice, NEW.voided,
          CASE WHEN NEW.flags = '[]' AND NEW.review_flags = '[]' THEN 0 WHEN NEW.resolved_flags = '[]' THEN 1
               ELSE EXISTS (SELECT 1 FROM json_each(NEW.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags)))
                 OR EXISTS (SELECT 1 FROM json_each(NEW.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(NEW.resolved_flags))) END,
          1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
