// SQL for stored interviews and their revisions: one read by id, the mates of a paper serial, and the writes.
// Writing them is the sync ingest's job (server/sync/store-interview.ts), always inside its batch's transaction.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type InterviewRow = {
  id: string; survey_id: number; unit_id: number; questionnaire_version: number; mode: string; entry: string;
  serial: string | null; account_id: number; device_id: string; status: string; revision: number;
  practice: 0 | 1; voided: 0 | 1; interview_day: string | null; flags: string; content_hash: string;
  record: string; received_at: string; updated_at: string;
  /** Its sub-quota cell ('' when none): written with the row, read by the counter triggers (migration 10). */
  quota_cell: string;
  /** The interview_revisions row of its current revision (migration 09); earlier ones chain from it. */
  revision_id: number | null;
};

const byIdStmt = prepared<[string], InterviewRow>('SELECT * FROM interviews WHERE id = ?');
export function findInterview(db: Db, id: string): InterviewRow | undefined {
  return byIdStmt(db).get(id);
}

export type NewInterviewRow = {
  id: string; surveyId: number; unitId: number; questionnaireVersion: number; mode: string; entry: string;
  serial: string | null; accountId: number; deviceId: string; status: string; revision: number;
  practice: boolean; voided: boolean; interviewDay: string | null; flags: readonly string[];
  contentHash: string; record: string; quotaCell: string; at: string;
};

const insertStmt = prepared<unknown[]>(
  `INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id, device_id,
     status, revision, practice, voided, interview_day, flags, content_hash, record, quota_cell, received_at, updated_at,
     revision_id)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
// Revisions are appended (INTEGER id): the interview row is written first, pointing at the id its revision takes.
const nextRevisionIdStmt = prepared<[], number>('SELECT coalesce(max(id), 0) + 1 FROM interview_revisions');
const insertRevisionStmt = prepared<[number, string, number, number | null, string, string, string]>(
  `INSERT INTO interview_revisions (id, interview_id, revision, previous_id, content_hash, record, stored_at)
   VALUES (?, ?, ?, ?, ?, ?, ?)`,
);

/** Stores a new interview and its first revision. Call inside the caller's transaction. */
export function insertInterview(db: Db, row: NewInterviewRow): void {
  const revisionId = nextRevisionIdStmt(db).pluck().get()!;
  insertStmt(db).run(
    row.id, row.surveyId, row.unitId, row.questionnaireVersion, row.mode, row.entry, row.serial, row.accountId,
    row.deviceId, row.status, row.revision, row.practice ? 1 : 0, row.voided ? 1 : 0, row.interviewDay,
    JSON.stringify(row.flags), row.contentHash, row.record, row.quotaCell, row.at, row.at, revisionId,
  );
  insertRevisionStmt(db).run(revisionId, row.id, row.revision, null, row.contentHash, row.record, row.at);
}

const updateStmt = prepared<unknown[]>(
  `UPDATE interviews SET survey_id = ?, unit_id = ?, questionnaire_version = ?, mode = ?, entry = ?, serial = ?,
     account_id = ?, device_id = ?, status = ?, revision = ?, practice = ?, voided = ?, interview_day = ?, flags = ?,
     content_hash = ?, record = ?, quota_cell = ?, updated_at = ?, revision_id = ?
   WHERE id = ?`,
);

/** Stores a new revision of `held`; its previous revisions stay in interview_revisions, chained from the new one. */
export function updateInterview(db: Db, row: NewInterviewRow, held: Pick<InterviewRow, 'revision_id'>): void {
  const revisionId = nextRevisionIdStmt(db).pluck().get()!;
  updateStmt(db).run(
    row.surveyId, row.unitId, row.questionnaireVersion, row.mode, row.entry, row.serial, row.accountId, row.deviceId,
    row.status, row.revision, row.practice ? 1 : 0, row.voided ? 1 : 0, row.interviewDay, JSON.stringify(row.flags),
    row.contentHash, row.record, row.quotaCell, row.at, revisionId, row.id,
  );
  insertRevisionStmt(db).run(revisionId, row.id, row.revision, held.revision_id, row.contentHash, row.record, row.at);
}

// Walks the interview's revisions back from its current one: a handful of rowid lookups.
const revisionHashStmt = prepared<[number | null, number], string>(
  `WITH RECURSIVE chain (id, revision, content_hash, previous_id) AS (
     SELECT id, revision, content_hash, previous_id FROM interview_revisions WHERE id = ?
     UNION ALL
     SELECT r.id, r.revision, r.content_hash, r.previous_id FROM interview_revisions r JOIN chain c ON r.id = c.previous_id
   )
   SELECT content_hash FROM chain WHERE revision = ?`,
);
/** The content hash of one revision of `held`, if the server ever stored it. */
export function findRevisionHash(db: Db, held: Pick<InterviewRow, 'revision_id'>, revision: number): string | undefined {
  return revisionHashStmt(db).pluck().get(held.revision_id, revision);
}

export type SerialMate = { id: string; flags: string; practice: 0 | 1; voided: 0 | 1; status: string };
const serialStmt = prepared<[number, string], SerialMate>(
  'SELECT id, flags, practice, voided, status FROM interviews WHERE survey_id = ? AND serial = ?',
);
/** Every interview of the survey carrying this paper serial. */
export function listInterviewsWithSerial(db: Db, surveyId: number, serial: string): SerialMate[] {
  return serialStmt(db).all(surveyId, serial);
}

const flagsStmt = prepared<[string, string]>('UPDATE interviews SET flags = ? WHERE id = ?');
export function setInterviewFlags(db: Db, id: string, flags: readonly string[]): void {
  flagsStmt(db).run(JSON.stringify(flags), id);
}
