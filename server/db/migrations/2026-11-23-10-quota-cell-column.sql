-- The sub-quota cell of each interview kept in a column written with the row (decision 0006, "Where the time
-- really went"). The counter triggers of migration 06 found it by parsing the stored record twice (json_type,
-- then json_extract) on every write of a survey with a sub-quota: ≈ 5 µs an interview, measured A/B. The server
-- now writes `quota_cell` from shared/quota/progress.ts `cellOf` (server/sync/store-interview.ts), so the rule is
-- the one the phone and the dashboards use; the SQL twin below runs only when a survey's sub-quota question changes.
ALTER TABLE interviews ADD COLUMN quota_cell TEXT NOT NULL DEFAULT '';

-- Existing rows: the same value the counters were keyed by (no trigger reads this column yet).
UPDATE interviews SET quota_cell = coalesce(
  (SELECT CASE json_type(interviews.record, '$.answers.' || v.variable)
          WHEN 'integer' THEN CAST(json_extract(interviews.record, '$.answers.' || v.variable) AS TEXT) END
   FROM quota_cell_variables v WHERE v.survey_id = interviews.survey_id), '');

DROP TRIGGER quota_count_insert;
DROP TRIGGER quota_count_delete;
DROP TRIGGER quota_count_update;
DROP TRIGGER quota_cell_variable_update;

CREATE TRIGGER quota_count_insert AFTER INSERT ON interviews
BEGIN
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  VALUES (NEW.survey_id, NEW.unit_id, NEW.mode, NEW.status, NEW.practice, NEW.voided, NEW.flags <> '[]', NEW.quota_cell, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO quota_daily_counts (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged, n)
  VALUES (NEW.survey_id, NEW.unit_id, coalesce(NEW.interview_day, ''), NEW.account_id, NEW.mode, NEW.status,
          NEW.practice, NEW.voided, NEW.flags <> '[]', 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER quota_count_delete AFTER DELETE ON interviews
BEGIN
  UPDATE quota_unit_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND mode = OLD.mode AND status = OLD.status
    AND practice = OLD.practice AND voided = OLD.voided AND flagged = (OLD.flags <> '[]') AND cell = OLD.quota_cell;
  DELETE FROM quota_unit_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND n <= 0;
  UPDATE quota_daily_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND day = coalesce(OLD.interview_day, '')
    AND account_id = OLD.account_id AND mode = OLD.mode AND status = OLD.status AND practice = OLD.practice
    AND voided = OLD.voided AND flagged = (OLD.flags <> '[]');
  DELETE FROM quota_daily_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id
    AND day = coalesce(OLD.interview_day, '') AND n <= 0;
END;

-- An update is the old row leaving its counters and the new one joining its own (often the same ones).
CREATE TRIGGER quota_count_update
AFTER UPDATE OF survey_id, unit_id, mode, status, practice, voided, flags, interview_day, account_id, quota_cell ON interviews
BEGIN
  UPDATE quota_unit_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND mode = OLD.mode AND status = OLD.status
    AND practice = OLD.practice AND voided = OLD.voided AND flagged = (OLD.flags <> '[]') AND cell = OLD.quota_cell;
  DELETE FROM quota_unit_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND n <= 0;
  UPDATE quota_daily_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND day = coalesce(OLD.interview_day, '')
    AND account_id = OLD.account_id AND mode = OLD.mode AND status = OLD.status AND practice = OLD.practice
    AND voided = OLD.voided AND flagged = (OLD.flags <> '[]');
  DELETE FROM quota_daily_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id
    AND day = coalesce(OLD.interview_day, '') AND n <= 0;
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  VALUES (NEW.survey_id, NEW.unit_id, NEW.mode, NEW.status, NEW.practice, NEW.voided, NEW.flags <> '[]', NEW.quota_cell, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO quota_daily_counts (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged, n)
  VALUES (NEW.survey_id, NEW.unit_id, coalesce(NEW.interview_day, ''), NEW.account_id, NEW.mode, NEW.status,
          NEW.practice, NEW.voided, NEW.flags <> '[]', 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- A survey whose sub-quota question changes: each of its interviews takes its cell under the new question, in
-- the same transaction; quota_count_update above moves the counters row by row.
CREATE TRIGGER quota_cell_variable_update AFTER UPDATE OF definition ON surveys
WHEN json_extract(OLD.definition, '$.subQuotas.variable') IS NOT json_extract(NEW.definition, '$.subQuotas.variable')
BEGIN
  DELETE FROM quota_cell_variables WHERE survey_id = NEW.id;
  INSERT INTO quota_cell_variables (survey_id, variable)
  SELECT NEW.id, json_extract(NEW.definition, '$.subQuotas.variable')
  WHERE json_extract(NEW.definition, '$.subQuotas.variable') IS NOT NULL;
  UPDATE interviews SET quota_cell = coalesce(
    (SELECT CASE json_type(interviews.record, '$.answers.' || v.variable)
            WHEN 'integer' THEN CAST(json_extract(interviews.record, '$.answers.' || v.variable) AS TEXT) END
     FROM quota_cell_variables v WHERE v.survey_id = NEW.id), '')
  WHERE survey_id = NEW.id;
END;
