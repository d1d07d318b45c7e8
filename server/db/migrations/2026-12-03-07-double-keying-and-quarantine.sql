-- Double keying and the quarantine kept for good (issue 20, decision 0019).
--
-- second_keying: a paper form keyed a second time (the record's secondKeying mark) is stored beside the first
-- keying but never counted: the quota counters skip it (the triggers below are migration 05's, each with a WHEN;
-- the update is split in two, the old row's part and the new row's, since either side may be a second keying),
-- the serial group and the serial registry leave it out. keying_reconciliations: the admin's reconciliation of a
-- pair (first keying, second keying by another account), one per first keying; only then is it approvable.
ALTER TABLE interviews ADD COLUMN second_keying INTEGER NOT NULL DEFAULT 0;

CREATE TABLE keying_reconciliations (
  first_id      TEXT PRIMARY KEY REFERENCES interviews (id),
  second_id     TEXT NOT NULL REFERENCES interviews (id),
  compared      INTEGER NOT NULL,
  disagreements INTEGER NOT NULL,
  -- The variables where the second keying's value was taken (JSON array); the others kept the first's.
  from_second   TEXT NOT NULL,
  account_id    INTEGER NOT NULL REFERENCES accounts (id),
  revision      INTEGER NOT NULL,
  at            TEXT NOT NULL
);
CREATE INDEX keying_reconciliations_by_second ON keying_reconciliations (second_id);
CREATE INDEX interviews_second_keyings ON interviews (survey_id, serial) WHERE second_keying = 1;

-- The quarantine is never purged now: a discarded item is kept and marked with its reason (who and when were
-- there already), and a fixed payload accepted is kept beside the original as it arrived.
ALTER TABLE quarantine ADD COLUMN resolution_reason TEXT;
ALTER TABLE quarantine ADD COLUMN fixed_payload TEXT;

DROP TRIGGER quota_count_insert;
DROP TRIGGER quota_count_delete;
DROP TRIGGER quota_count_update;

CREATE TRIGGER quota_count_insert AFTER INSERT ON interviews WHEN NEW.second_keying = 0
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

CREATE TRIGGER quota_count_delete AFTER DELETE ON interviews WHEN OLD.second_keying = 0
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
  account_id, quota_cell, second_keying ON interviews WHEN OLD.second_keying = 0
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

CREATE TRIGGER quota_count_update_new
AFTER UPDATE OF survey_id, unit_id, mode, status, practice, voided, flags, review_flags, resolved_flags, interview_day,
  account_id, quota_cell, second_keying ON interviews WHEN NEW.second_keying = 0
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
