-- Issue 21, decision 0017: the results read a compact copy of each counted interview (one float64 per slot of the
-- survey's table plan, packed by server/results/refresh-tabulation.ts) instead of parsing a million JSON records.
-- Any write to an interview marks it dirty and drops its copy, so the copy is never trusted after a change: the next
-- tabulation packs the dirty interviews again from their records, and the tables always equal a recount from scratch.
CREATE TABLE tabulation_layouts (
  id        INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys (id),
  signature TEXT NOT NULL,                              -- the slots, as JSON (shared/tables/packing.ts)
  UNIQUE (survey_id, signature)
);

CREATE TABLE tabulation_rows (
  interview_id  TEXT PRIMARY KEY,
  survey_id     INTEGER NOT NULL,
  layout_id     INTEGER NOT NULL REFERENCES tabulation_layouts (id),
  -- The filters' columns, copied from the interview row (a change to them marks the interview dirty too).
  unit_id       INTEGER NOT NULL,
  unit_no       TEXT NOT NULL,
  mode          TEXT NOT NULL,
  entry         TEXT NOT NULL,
  status        TEXT NOT NULL,
  interview_day TEXT,
  cells         BLOB NOT NULL
);
CREATE INDEX tabulation_rows_by_survey ON tabulation_rows (survey_id, layout_id);

CREATE TABLE tabulation_dirty (interview_id TEXT PRIMARY KEY, survey_id INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX tabulation_dirty_by_survey ON tabulation_dirty (survey_id);

CREATE TRIGGER tabulation_on_insert AFTER INSERT ON interviews BEGIN
  INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id) VALUES (NEW.id, NEW.survey_id);
END;
CREATE TRIGGER tabulation_on_update AFTER UPDATE ON interviews BEGIN
  DELETE FROM tabulation_rows WHERE interview_id = OLD.id;
  INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id) VALUES (NEW.id, NEW.survey_id);
END;
CREATE TRIGGER tabulation_on_delete AFTER DELETE ON interviews BEGIN
  DELETE FROM tabulation_rows WHERE interview_id = OLD.id;
  DELETE FROM tabulation_dirty WHERE interview_id = OLD.id;
END;

-- Interviews stored before this migration are packed by the first tabulation of their survey.
INSERT INTO tabulation_dirty (interview_id, survey_id) SELECT id, survey_id FROM interviews;
