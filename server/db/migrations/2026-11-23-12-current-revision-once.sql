-- An interview's current revision is stored once, in its own row; interview_revisions keeps the revisions it
-- replaced (decision 0006, "Where the time really went"). Every arriving interview used to write its record twice, to
-- `interviews` and to `interview_revisions`: a seventh of the pages each batch wrote to the WAL, and half the
-- space the records take. Nothing the server stored is lost: when a new revision replaces the current one, the
-- current one is copied into interview_revisions first, in the same transaction (server/repo/interviews.ts).
-- `interview_history` shows every stored revision, current and earlier, as interview_revisions did before.

-- When the current revision arrived (updated_at moves with status changes too), and the newest revision it replaced.
ALTER TABLE interviews ADD COLUMN revision_at TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN previous_revision_id INTEGER;
UPDATE interviews SET revision_at = r.stored_at, previous_revision_id = r.previous_id
FROM interview_revisions r WHERE r.id = interviews.revision_id;
UPDATE interviews SET revision_at = updated_at WHERE revision_at = '';

DELETE FROM interview_revisions WHERE id IN (SELECT revision_id FROM interviews WHERE revision_id IS NOT NULL);
ALTER TABLE interviews DROP COLUMN revision_id;

CREATE VIEW interview_history (interview_id, revision, content_hash, record, stored_at) AS
  SELECT id, revision, content_hash, record, revision_at FROM interviews
  UNION ALL
  SELECT interview_id, revision, content_hash, record, stored_at FROM interview_revisions;
