-- Coding of free texts (issue 21, decision 0017): the codes of a text variable (an "other – specify" or an open
-- question) and the folded texts assigned to them. Kept beside the interviews, whose original texts are never
-- changed: an interview's code is looked up from its text folded (shared/coding/group-texts.ts foldText), so a
-- text arriving later that folds the same is coded too.
CREATE TABLE text_codes (
  survey_id  INTEGER NOT NULL REFERENCES surveys (id),
  variable   TEXT NOT NULL,
  code       INTEGER NOT NULL CHECK (code > 0),
  label      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (survey_id, variable, code)
);

CREATE TABLE text_codings (
  survey_id  INTEGER NOT NULL,
  variable   TEXT NOT NULL,
  folded     TEXT NOT NULL,
  code       INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  coded_at   TEXT NOT NULL,
  PRIMARY KEY (survey_id, variable, folded),
  FOREIGN KEY (survey_id, variable, code) REFERENCES text_codes (survey_id, variable, code)
);

-- Whether the survey's unit boards may see their own unit's results (off by default; the admin turns it on).
ALTER TABLE surveys ADD COLUMN unit_board_results INTEGER NOT NULL DEFAULT 0 CHECK (unit_board_results IN (0, 1));

-- The compact store keeps each counted interview's free texts too (open questions and "other – specify"), written
-- when the interview is packed and dropped with its packed row, so the coded tables read them without parsing
-- records. Rows packed before this migration hold no texts: every interview is packed again by the next tabulation.
CREATE TABLE tabulation_texts (
  interview_id TEXT NOT NULL REFERENCES tabulation_rows (interview_id) ON DELETE CASCADE,
  variable     TEXT NOT NULL,
  text         TEXT NOT NULL,
  PRIMARY KEY (interview_id, variable)
) WITHOUT ROWID;
INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id) SELECT id, survey_id FROM interviews;
