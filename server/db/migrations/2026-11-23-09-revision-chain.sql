-- Interview revisions kept in arrival order, found through their interview instead of by a key of their own
-- (decision 0006, "What ingest costs"). The primary key (interview_id, revision) was a second B-tree keyed by a
-- random UUID: every stored interview wrote to a different page of it, about 36 of the pages each batch of 50
-- wrote to the WAL. Now each revision row has an INTEGER id (appended, so a batch writes a few pages at the end
-- of the table); the interview points at its current revision (`interviews.revision_id`) and each revision at
-- the one before it (`previous_id`), so an interview's history is walked from its row.
-- Still one row per stored revision, with the same columns as before; a revision is never rewritten.
CREATE TABLE interview_revisions_chain (
  id           INTEGER PRIMARY KEY,
  interview_id TEXT NOT NULL REFERENCES interviews (id),
  revision     INTEGER NOT NULL,
  previous_id  INTEGER,                       -- the revision this interview held before this one; NULL for its first
  content_hash TEXT NOT NULL,
  record       TEXT NOT NULL,
  stored_at    TEXT NOT NULL
);

-- Existing revisions in the order they were stored, each linked to its interview's previous one.
INSERT INTO interview_revisions_chain (id, interview_id, revision, previous_id, content_hash, record, stored_at)
SELECT id, interview_id, revision, lag(id) OVER (PARTITION BY interview_id ORDER BY revision),
       content_hash, record, stored_at
FROM (SELECT row_number() OVER (ORDER BY stored_at, interview_id, revision) AS id, * FROM interview_revisions);

DROP TABLE interview_revisions;
ALTER TABLE interview_revisions_chain RENAME TO interview_revisions;

-- Not a declared foreign key: the interview row is written first (its revisions reference it), in the same
-- transaction as its revision.
ALTER TABLE interviews ADD COLUMN revision_id INTEGER;
UPDATE interviews SET revision_id = r.id
FROM interview_revisions r
WHERE r.interview_id = interviews.id AND r.revision = interviews.revision;
