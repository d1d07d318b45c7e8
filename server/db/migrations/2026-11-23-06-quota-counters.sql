-- Exact quota counters, so the province dashboard reads a few thousand rows instead of grouping a million
-- interviews. Triggers keep them in the same transaction as every write to `interviews`: a counter can never
-- disagree with the rows it counts, whatever the number of concurrent uploads (SQLite serialises writers).
--
-- The counters hold every stored interview, counted or not, keyed by what the shared quota rule reads
-- (status, practice, voided) and by flagged: the figures come from shared/quota/progress.ts (countsTowardQuota),
-- never from a rule written twice. `cell` is the option code answered to the survey's sub-quota question
-- (surveys.definition → subQuotas.variable), '' when the survey has none or the answer is not a code; this is
-- shared/quota/progress.ts `cellOf` in SQL. Rows whose count falls to zero are deleted.

-- Per unit: what the province dashboard, the CSV and the sub-quota cells read.
CREATE TABLE quota_unit_counts (
  survey_id INTEGER NOT NULL,
  unit_id   INTEGER NOT NULL,
  mode      TEXT NOT NULL,
  status    TEXT NOT NULL,
  practice  INTEGER NOT NULL,
  voided    INTEGER NOT NULL,
  flagged   INTEGER NOT NULL,
  cell      TEXT NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (survey_id, unit_id, mode, status, practice, voided, flagged, cell)
) WITHOUT ROWID;

-- Per unit, day (Asia/Ho_Chi_Minh, '' when unknown) and enumerator: the unit dashboard.
CREATE TABLE quota_daily_counts (
  survey_id  INTEGER NOT NULL,
  unit_id    INTEGER NOT NULL,
  day        TEXT NOT NULL,
  account_id INTEGER NOT NULL,
  mode       TEXT NOT NULL,
  status     TEXT NOT NULL,
  practice   INTEGER NOT NULL,
  voided     INTEGER NOT NULL,
  flagged    INTEGER NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged)
) WITHOUT ROWID;

-- The sub-quota variable of each survey that has one, kept from surveys.definition by the triggers below, so
-- an interview write looks it up by key instead of parsing the survey's definition.
CREATE TABLE quota_cell_variables (
  survey_id INTEGER PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
  variable  TEXT NOT NULL
);

INSERT INTO quota_cell_variables (survey_id, variable)
SELECT id, json_extract(definition, '$.subQuotas.variable') FROM surveys
WHERE json_extract(definition, '$.subQuotas.variable') IS NOT NULL;

INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
SELECT i.survey_id, i.unit_id, i.mode, i.status, i.practice, i.voided, i.flags <> '[]',
       coalesce(CASE json_type(i.record, '$.answers.' || v.variable)
                WHEN 'integer' THEN CAST(json_extract(i.record, '$.answers.' || v.variable) AS TEXT) END, ''),
       count(*)
FROM interviews i LEFT JOIN quota_cell_variables v ON v.survey_id = i.survey_id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO quota_daily_counts (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged, n)
SELECT survey_id, unit_id, coalesce(interview_day, ''), account_id, mode, status, practice, voided, flags <> '[]', count(*)
FROM interviews
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

CREATE TRIGGER quota_count_insert AFTER INSERT ON interviews
BEGIN
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  VALUES (NEW.survey_id, NEW.unit_id, NEW.mode, NEW.status, NEW.practice, NEW.voided, NEW.flags <> '[]',
          coalesce((SELECT CASE json_type(NEW.record, '$.answers.' || variable)
                           WHEN 'integer' THEN CAST(json_extract(NEW.record, '$.answers.' || variable) AS TEXT) END
                    FROM quota_cell_variables WHERE survey_id = NEW.survey_id), ''),
          1)
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
    AND practice = OLD.practice AND voided = OLD.voided AND flagged = (OLD.flags <> '[]')
    AND cell = coalesce((SELECT CASE json_type(OLD.record, '$.answers.' || variable)
                                WHEN 'integer' THEN CAST(json_extract(OLD.record, '$.answers.' || variable) AS TEXT) END
                         FROM quota_cell_variables WHERE survey_id = OLD.survey_id), '');
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
AFTER UPDATE OF survey_id, unit_id, mode, status, practice, voided, flags, interview_day, account_id, record ON interviews
BEGIN
  UPDATE quota_unit_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND mode = OLD.mode AND status = OLD.status
    AND practice = OLD.practice AND voided = OLD.voided AND flagged = (OLD.flags <> '[]')
    AND cell = coalesce((SELECT CASE json_type(OLD.record, '$.answers.' || variable)
                                WHEN 'integer' THEN CAST(json_extract(OLD.record, '$.answers.' || variable) AS TEXT) END
                         FROM quota_cell_variables WHERE survey_id = OLD.survey_id), '');
  DELETE FROM quota_unit_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND n <= 0;
  UPDATE quota_daily_counts SET n = n - 1
  WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id AND day = coalesce(OLD.interview_day, '')
    AND account_id = OLD.account_id AND mode = OLD.mode AND status = OLD.status AND practice = OLD.practice
    AND voided = OLD.voided AND flagged = (OLD.flags <> '[]');
  DELETE FROM quota_daily_counts WHERE survey_id = OLD.survey_id AND unit_id = OLD.unit_id
    AND day = coalesce(OLD.interview_day, '') AND n <= 0;
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  VALUES (NEW.survey_id, NEW.unit_id, NEW.mode, NEW.status, NEW.practice, NEW.voided, NEW.flags <> '[]',
          coalesce((SELECT CASE json_type(NEW.record, '$.answers.' || variable)
                           WHEN 'integer' THEN CAST(json_extract(NEW.record, '$.answers.' || variable) AS TEXT) END
                    FROM quota_cell_variables WHERE survey_id = NEW.survey_id), ''),
          1)
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO quota_daily_counts (survey_id, unit_id, day, account_id, mode, status, practice, voided, flagged, n)
  VALUES (NEW.survey_id, NEW.unit_id, coalesce(NEW.interview_day, ''), NEW.account_id, NEW.mode, NEW.status,
          NEW.practice, NEW.voided, NEW.flags <> '[]', 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- A survey whose sub-quota question changes gets its cells recounted from the interviews, in the same
-- transaction as the change.
CREATE TRIGGER quota_cell_variable_insert AFTER INSERT ON surveys
WHEN json_extract(NEW.definition, '$.subQuotas.variable') IS NOT NULL
BEGIN
  INSERT INTO quota_cell_variables (survey_id, variable) VALUES (NEW.id, json_extract(NEW.definition, '$.subQuotas.variable'));
END;

CREATE TRIGGER quota_cell_variable_update AFTER UPDATE OF definition ON surveys
WHEN json_extract(OLD.definition, '$.subQuotas.variable') IS NOT json_extract(NEW.definition, '$.subQuotas.variable')
BEGIN
  DELETE FROM quota_cell_variables WHERE survey_id = NEW.id;
  INSERT INTO quota_cell_variables (survey_id, variable)
  SELECT NEW.id, json_extract(NEW.definition, '$.subQuotas.variable')
  WHERE json_extract(NEW.definition, '$.subQuotas.variable') IS NOT NULL;
  DELETE FROM quota_unit_counts WHERE survey_id = NEW.id;
  INSERT INTO quota_unit_counts (survey_id, unit_id, mode, status, practice, voided, flagged, cell, n)
  SELECT i.survey_id, i.unit_id, i.mode, i.status, i.practice, i.voided, i.flags <> '[]',
         coalesce(CASE json_type(i.record, '$.answers.' || v.variable)
                  WHEN 'integer' THEN CAST(json_extract(i.record, '$.answers.' || v.variable) AS TEXT) END, ''),
         count(*)
  FROM interviews i LEFT JOIN quota_cell_variables v ON v.survey_id = i.survey_id
  WHERE i.survey_id = NEW.id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END;
