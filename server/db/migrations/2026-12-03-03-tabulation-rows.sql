-- Issue 21, decision 0017: the results read a compact copy of each counted interview (one float64 per slot of the
-- survey's table plan, packed by server/results/refresh-tabulation.ts) instead of parsing a million JSON records,
-- gathered into chunks of a few thousand interviews so a million is a few hundred rows to read.
-- Any write to an interview marks it dirty, drops its copy and marks its chunk stale, so a copy is never trusted after
-- a change: the next tabulation packs the dirty interviews again and rebuilds the stale chunks from their members, and
-- the tables always equal a recount from scratch.
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
  cells         BLOB NOT NULL,
  chunk         INTEGER NOT NULL                          -- the tabulation_chunks row holding these cells too
);
CREATE INDEX tabulation_rows_by_survey ON tabulation_rows (survey_id, layout_id);
CREATE INDEX tabulation_rows_by_chunk ON tabulation_rows (survey_id, chunk);

CREATE TABLE tabulation_chunks (
  survey_id INTEGER NOT NULL,
  chunk     INTEGER NOT NULL,
  layout_id INTEGER NOT NULL REFERENCES tabulation_layouts (id),
  count     INTEGER NOT NULL,
  stale     INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
  cells     BLOB NOT NULL,                              -- its members' cells end to end
  PRIMARY KEY (survey_id, chunk)
);

CREATE TABLE tabulation_dirty (interview_id TEXT PRIMARY KEY, survey_id INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX tabulation_dirty_by_survey ON tabulation_dirty (survey_id);

CREATE TRIGGER tabulation_on_insert AFTER INSERT ON interviews BEGIN
  INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id) VALUES (NEW.id, NEW.survey_id);
END;
CREATE TRIGGER tabulation_on_update AFTER UPDATE ON interviews BEGIN
  UPDATE tabulation_chunks SET stale = 1
  WHERE survey_id = OLD.survey_id AND chunk = (SELECT chunk FROM tabulation_rows WHERE interview_id = OLD.id);
  DELETE FROM tabulation_rows WHERE interview_id = OLD.id;
  INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id) VALUES (NEW.id, NEW.survey_id);
END;
CREATE TRIGGER tabulation_on_delete AFTER DELETE ON interviews BEGIN
  UPDATE tabulation_chunks SET stale = 1
  WHERE survey_id = OLD.survey_id AND chunk = (SELECT chunk FROM tabulation_rows WHERE interview_id = OLD.id);
  DELETE FROM tabulation_rows WHERE interview_id = OLD.id;
  DELETE FROM tabulation_dirty WHERE interview_id = OLD.id;
END;

-- Interviews stored before this migration are packed by the first tabulation of their survey.
INSERT INTO tabulation_dirty (interview_id, survey_id) SELECT id, survey_id FROM interviews;
