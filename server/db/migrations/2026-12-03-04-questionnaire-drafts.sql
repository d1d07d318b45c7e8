-- Issue 19: a draft questionnaire version is saved again and again as the admin edits it (or imports an XLSForm).
-- `revision` counts its saves: a save names the revision it started from and is refused when another save came
-- first (optimistic concurrency, decision 0018). Versions stored before start at revision 1; a published version
-- keeps the revision it was published at. `saved_at`/`saved_by` say who saved the draft last.
ALTER TABLE questionnaire_versions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE questionnaire_versions ADD COLUMN saved_at TEXT;
ALTER TABLE questionnaire_versions ADD COLUMN saved_by INTEGER REFERENCES accounts (id);
