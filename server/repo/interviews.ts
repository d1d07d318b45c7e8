// SQL for stored interviews: reading them back and counting them for quotas.
// Writing them is the sync ingest's job (services/ingest-*.ts), always inside its batch transaction.
import type { UnitCounts } from '#shared/quota/counts.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type InterviewRow = {
  id: string; survey_id: number; unit_id: number; questionnaire_version: number; mode: string; entry: string;
  serial: string | null; account_id: number; device_id: string; status: string; revision: number;
  practice: 0 | 1; voided: 0 | 1; interview_day: string | null; flags: string; content_hash: string;
  record: string; received_at: string; updated_at: string;
};

const byIdStmt = prepared<[string], InterviewRow>('SELECT * FROM interviews WHERE id = ?');
export function findInterview(db: Db, id: string): InterviewRow | undefined {
  return byIdStmt(db).get(id);
}

// Mirrors shared/quota/progress.ts countsTowardQuota: not practice, not voided, not rejected.
const countsStmt = prepared<[number], UnitCounts>(
  `SELECT u.no AS unitNo,
          count(i.id) AS received,
          count(CASE WHEN i.status = 'approved' THEN 1 END) AS approved,
          count(CASE WHEN i.flags <> '[]' THEN 1 END) AS flagged
   FROM units u
   LEFT JOIN interviews i ON i.unit_id = u.id AND i.practice = 0 AND i.voided = 0 AND i.status <> 'rejected'
   WHERE u.survey_id = ?
   GROUP BY u.id ORDER BY u.no`,
);
export function countInterviewsByUnit(db: Db, surveyId: number): UnitCounts[] {
  return countsStmt(db).all(surveyId);
}

export type NewInterviewRow = {
  id: string; surveyId: number; unitId: number; questionnaireVersion: number; mode: string; entry: string;
  serial: string | null; accountId: number; deviceId: string; status: string; revision: number;
  practice: boolean; voided: boolean; interviewDay: string | null; flags: readonly string[];
  contentHash: string; record: string; at: string;
};

const insertStmt = prepared<unknown[]>(
  `INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id, device_id,
     status, revision, practice, voided, interview_day, flags, content_hash, record, received_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertRevisionStmt = prepared<[string, number, string, string, string]>(
  'INSERT INTO interview_revisions (interview_id, revision, content_hash, record, stored_at) VALUES (?, ?, ?, ?, ?)',
);

/** Stores a new interview and its first revision. Call inside the caller's transaction. */
export function insertInterview(db: Db, row: NewInterviewRow): void {
  insertStmt(db).run(
    row.id, row.surveyId, row.unitId, row.questionnaireVersion, row.mode, row.entry, row.serial, row.accountId,
    row.deviceId, row.status, row.revision, row.practice ? 1 : 0, row.voided ? 1 : 0, row.interviewDay,
    JSON.stringify(row.flags), row.contentHash, row.record, row.at, row.at,
  );
  insertRevisionStmt(db).run(row.id, row.revision, row.contentHash, row.record, row.at);
}

const updateStmt = prepared<unknown[]>(
  `UPDATE interviews SET survey_id = ?, unit_id = ?, questionnaire_version = ?, mode = ?, entry = ?, serial = ?,
     account_id = ?, device_id = ?, status = ?, revision = ?, practice = ?, voided = ?, interview_day = ?, flags = ?,
     content_hash = ?, record = ?, updated_at = ?
   WHERE id = ?`,
);

/** Stores a new revision of a held interview; the previous revisions stay in interview_revisions. */
export function updateInterview(db: Db, row: NewInterviewRow): void {
  updateStmt(db).run(
    row.surveyId, row.unitId, row.questionnaireVersion, row.mode, row.entry, row.serial, row.accountId, row.deviceId,
    row.status, row.revision, row.practice ? 1 : 0, row.voided ? 1 : 0, row.interviewDay, JSON.stringify(row.flags),
    row.contentHash, row.record, row.at, row.id,
  );
  insertRevisionStmt(db).run(row.id, row.revision, row.contentHash, row.record, row.at);
}

const revisionHashStmt = prepared<[string, number], string>(
  'SELECT content_hash FROM interview_revisions WHERE interview_id = ? AND revision = ?',
);
/** The content hash of one stored revision, if the server ever held it. */
export function findRevisionHash(db: Db, id: string, revision: number): string | undefined {
  return revisionHashStmt(db).pluck().get(id, revision);
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

// The same arithmetic as countInterviewsByUnit (shared/quota/progress.ts countsTowardQuota); answered from the
// partial index interviews_counted alone (migration 05), so it stays fast however many interviews a unit holds.
const countedStmt = prepared<[number, number], number>(
  `SELECT count(*) FROM interviews
   WHERE survey_id = ? AND unit_id = ? AND practice = 0 AND voided = 0 AND status <> 'rejected'`,
);
/** Interviews of the unit that count toward its quota. */
export function countCountedInUnit(db: Db, surveyId: number, unitId: number): number {
  return countedStmt(db).pluck().get(surveyId, unitId) ?? 0;
}
