-- A survey's lifecycle (decision 0012): draft → open → closed → archived, kept beside its definition. Surveys
-- stored before this migration were already in the field, so they start open. `state_at` is when it last moved.
ALTER TABLE surveys ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('draft', 'open', 'closed', 'archived'));
ALTER TABLE surveys ADD COLUMN state_at TEXT;
-- What archiving did to the answers after the export: kept, anonymised or deleted (NULL until archived).
ALTER TABLE surveys ADD COLUMN answers_disposal TEXT CHECK (answers_disposal IN ('kept', 'anonymised', 'deleted'));

-- Survey managers: an admin with rows here works only on these surveys; an admin with none is a full admin.
CREATE TABLE survey_managers (
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  survey_id  INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  PRIMARY KEY (account_id, survey_id)
);
CREATE INDEX survey_managers_by_survey ON survey_managers (survey_id);
