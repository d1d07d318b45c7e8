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
  /** When its current revision arrived (updated_at also moves when its status changes). */
  revision_at: string;
  /** The newest revision this one replaced, in interview_revisions (migration 12); older ones chain from it. */
  previous_revision_id: number | null;
  /** A second keying of a paper form (double keying, migration 2026-12-03-07): never counted, never a serial mate. */
  second_keying: 0 | 1;
};

const byIdStmt = prepared<[string], InterviewRow>('SELECT * FROM interviews WHERE id = ?');
export function findInterview(db: Db, id: string): InterviewRow | undefined {
  return byIdStmt(db).get(id);
}

export type NewInterviewRow = {
  id: string; surveyId: number; unitId: number; questionnaireVersion: number; mode: string; entry: string;
  serial: string | null; accountId: number; deviceId: string; status: string; revision: number;
  practice: boolean; voided: boolean; interviewDay: string | null; flags: readonly string[];
  contentHash: string; record: string; quotaCell: string; at: string; secondKeying?: boolean;
};

const insertStmt = prepared<unknown[]>(
  `INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id, device_id,
     status, revision, practice, voided, interview_day, flags, content_hash, record, quota_cell, received_at, updated_at,
     revision_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);

const markSecondKeyingStmt = prepared<[string]>('UPDATE interviews SET second_keying = 1 WHERE id = ?');

/** Stores a new interview, its current revision in its row. Call inside the caller's transaction. */
export function insertInterview(db: Db, row: NewInterviewRow): void {
  insertStmt(db).run(
    row.id, row.surveyId, row.unitId, row.questionnaireVersion, row.mode, row.entry, row.serial, row.accountId,
    row.deviceId, row.status, row.revision, row.practice ? 1 : 0, row.voided ? 1 : 0, row.interviewDay,
    JSON.stringify(row.flags), row.contentHash, row.record, row.quotaCell, row.at, row.at, row.at,
  );
  // Marked after: the sync's insert stays as it was for every other interview; the counter triggers take the
  // second keying back out of the counts it just joined (migration 2026-12-03-07).
  if (row.secondKeying === true) markSecondKeyingStmt(db).run(row.id);
}

// A replaced revision is appended (INTEGER id, arrival order), chained to the one it had replaced in turn.
const keepRevisionStmt = prepared<[string, number, number | null, string, string, string]>(
  `INSERT INTO interview_revisions (interview_id, revision, previous_id, content_hash, record, stored_at)
   VALUES (?, ?, ?, ?, ?, ?)`,
);
const updateStmt = prepared<unknown[]>(
  `UPDATE interviews SET survey_id = ?, unit_id = ?, questionnaire_version = ?, mode = ?, entry = ?, serial = ?,
     account_id = ?, device_id = ?, status = ?, revision = ?, practice = ?, voided = ?, interview_day = ?, flags = ?,
     content_hash = ?, record = ?, quota_cell = ?, updated_at = ?, revision_at = ?, previous_revision_id = ?,
     second_keying = ?
   WHERE id = ?`,
);

export type HeldRevision = Pick<InterviewRow, 'id' | 'revision' | 'content_hash' | 'record' | 'revision_at' | 'previous_revision_id'>;

/** Stores a new revision of `held`: the one it replaces is kept in interview_revisions first. */
export function updateInterview(db: Db, row: NewInterviewRow, held: HeldRevision): void {
  const kept = keepRevisionStmt(db).run(held.id, held.revision, held.previous_revision_id, held.content_hash, held.record, held.revision_at);
  updateStmt(db).run(
    row.surveyId, row.unitId, row.questionnaireVersion, row.mode, row.entry, row.serial, row.accountId, row.deviceId,
    row.status, row.revision, row.practice ? 1 : 0, row.voided ? 1 : 0, row.interviewDay, JSON.stringify(row.flags),
    row.contentHash, row.record, row.quotaCell, row.at, row.at, Number(kept.lastInsertRowid), row.secondKeying ? 1 : 0, row.id,
  );
}

// Walks the revisions an interview replaced, newest first: a handful of rowid lookups.
const revisionHashStmt = prepared<[number | null, number], string>(
  `WITH RECURSIVE chain (id, revision, content_hash, previous_id) AS (
     SELECT id, revision, content_hash, previous_id FROM interview_revisions WHERE id = ?
     UNION ALL
     SELECT r.id, r.revision, r.content_hash, r.previous_id FROM interview_revisions r JOIN chain c ON r.id = c.previous_id
   )
   SELECT content_hash FROM chain WHERE revision = ?`,
);
/** The content hash of one revision of `held`, current or replaced, if the server ever stored it. */
export function findRevisionHash(db: Db, held: Pick<InterviewRow, 'revision' | 'content_hash' | 'previous_revision_id'>, revision: number): string | undefined {
  if (revision === held.revision) return held.content_hash;
  return revisionHashStmt(db).pluck().get(held.previous_revision_id, revision);
}

export type SerialMate = { id: string; flags: string; practice: 0 | 1; voided: 0 | 1; status: string };
const serialStmt = prepared<[number, string], SerialMate>(
  'SELECT id, flags, practice, voided, status FROM interviews WHERE survey_id = ? AND serial = ? AND second_keying = 0',
);
/** Every interview of the survey carrying this paper serial, second keyings left out (they repeat it on purpose). */
export function listInterviewsWithSerial(db: Db, surveyId: number, serial: string): SerialMate[] {
  return serialStmt(db).all(surveyId, serial);
}

const heldSerialsStmt = prepared<[number, string], string>(
  'SELECT DISTINCT serial FROM interviews WHERE survey_id = ? AND serial IN (SELECT value FROM json_each(?)) AND second_keying = 0',
);
/** Which of these serials some interview of the survey carries: one query for a whole batch. */
export function listHeldSerials(db: Db, surveyId: number, serials: readonly string[]): string[] {
  return heldSerialsStmt(db).pluck().all(surveyId, JSON.stringify(serials));
}

const flagsStmt = prepared<[string, string]>('UPDATE interviews SET flags = ? WHERE id = ?');
export function setInterviewFlags(db: Db, id: string, flags: readonly string[]): void {
  flagsStmt(db).run(JSON.stringify(flags), id);
}
