-- Surveys, their units with quotas, and their questionnaire versions (a published version is immutable).
CREATE TABLE surveys (
  id         INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  -- the whole Survey object minus its units, as validated by shared/survey (zod)
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE units (
  id        INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  no        TEXT NOT NULL,
  code      TEXT NOT NULL,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL,
  quota     INTEGER NOT NULL CHECK (quota >= 0),
  UNIQUE (survey_id, no),
  UNIQUE (survey_id, code)
);

CREATE TABLE questionnaire_versions (
  survey_id    INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  version      INTEGER NOT NULL CHECK (version >= 1),
  status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  definition   TEXT NOT NULL,
  published_at TEXT,
  PRIMARY KEY (survey_id, version)
);

-- A published version is immutable: its definition can never be rewritten.
CREATE TRIGGER questionnaire_versions_immutable
BEFORE UPDATE OF definition ON questionnaire_versions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published questionnaire version is immutable');
END;
