// SQL of the review's writes and of an interview's history (decision 0019): status and void marks that bump the
// review version, flag decisions (one per flag: a second is refused by the key), the review log, bulk approval of
// a unit's clean interviews, and the same-answers groups of a unit. Called inside the request's transaction.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { OPEN_FLAG_SQL } from './review-list.ts';

const statusStmt = prepared<[string, string | null, string, string]>(
  `UPDATE interviews SET status = ?, review_comment = coalesce(?, review_comment), review_version = review_version + 1,
     updated_at = ? WHERE id = ?`,
);
/** A new review status (and the comment sent with a return for correction). */
export function setReviewStatus(db: Db, id: string, status: string, comment: string | null, at: string): void {
  statusStmt(db).run(status, comment, at, id);
}

const voidStmt = prepared<[string, string]>(
  'UPDATE interviews SET voided = 1, review_version = review_version + 1, updated_at = ? WHERE id = ?',
);
/** Voids an interview: a mark, never a deletion; its answers and revisions stay. */
export function voidInterview(db: Db, id: string, at: string): void {
  voidStmt(db).run(at, id);
}

const bumpStmt = prepared<[string]>('UPDATE interviews SET review_version = review_version + 1 WHERE id = ?');
export function bumpReviewVersion(db: Db, id: string): void {
  bumpStmt(db).run(id);
}

const resolvedStmt = prepared<[string, string]>(
  'UPDATE interviews SET resolved_flags = ?, review_version = review_version + 1 WHERE id = ?',
);
export function setResolvedFlags(db: Db, id: string, resolved: readonly string[]): void {
  resolvedStmt(db).run(JSON.stringify(resolved), id);
}

const reviewFlagsStmt = prepared<[string, string]>(
  'UPDATE interviews SET review_flags = ?, review_version = review_version + 1 WHERE id = ?',
);
export function setReviewFlags(db: Db, id: string, flags: readonly string[]): void {
  reviewFlagsStmt(db).run(JSON.stringify(flags), id);
}

export type NewFlagDecision = { interviewId: string; flag: string; decision: string; reason: string; accountId: number; revision: number; at: string };
const decisionStmt = prepared<[string, string, string, string, number, number, string]>(
  `INSERT INTO interview_flag_decisions (interview_id, flag, decision, reason, account_id, revision, decided_at)
   VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
);
/** False when the flag already has a decision. */
export function insertFlagDecision(db: Db, d: NewFlagDecision): boolean {
  return decisionStmt(db).run(d.interviewId, d.flag, d.decision, d.reason, d.accountId, d.revision, d.at).changes === 1;
}

export type FlagDecisionRow = { flag: string; decision: 'keep' | 'void'; reason: string; username: string; decided_at: string; revision: number };
const decisionsStmt = prepared<[string], FlagDecisionRow>(
  `SELECT d.flag, d.decision, d.reason, a.username, d.decided_at, d.revision FROM interview_flag_decisions d
   JOIN accounts a ON a.id = d.account_id WHERE d.interview_id = ?`,
);
export function listFlagDecisions(db: Db, id: string): FlagDecisionRow[] {
  return decisionsStmt(db).all(id);
}

export type NewReview = { interviewId: string; action: string; from: string; to: string; revision: number; comment: string | null; accountId: number; at: string };
const reviewStmt = prepared<[string, string, string, string, number, string | null, number, string]>(
  `INSERT INTO interview_reviews (interview_id, action, from_status, to_status, revision, comment, account_id, at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
);
export function insertReview(db: Db, r: NewReview): void {
  reviewStmt(db).run(r.interviewId, r.action, r.from, r.to, r.revision, r.comment, r.accountId, r.at);
}

export type ReviewLogRow = { action: string; from_status: string; to_status: string; revision: number; comment: string | null; username: string; at: string };
const reviewsStmt = prepared<[string], ReviewLogRow>(
  `SELECT r.action, r.from_status, r.to_status, r.revision, r.comment, a.username, r.at FROM interview_reviews r
   JOIN accounts a ON a.id = r.account_id WHERE r.interview_id = ? ORDER BY r.id`,
);
export function listReviews(db: Db, id: string): ReviewLogRow[] {
  return reviewsStmt(db).all(id);
}

export type StoredRevision = { revision: number; record: string; stored_at: string };
const historyStmt = prepared<[string], StoredRevision>(
  'SELECT revision, record, stored_at FROM interview_history WHERE interview_id = ? ORDER BY revision, stored_at',
);
/** Every revision the server stored, current and replaced, oldest first. */
export function listStoredRevisions(db: Db, id: string): StoredRevision[] {
  return historyStmt(db).all(id);
}

// A unit's clean received interviews: counted, no flag left open. Logged first, then approved, in one transaction.
// Under double keying (the last parameter 1) a paper form is clean once reconciled with its second keying.
const CLEAN = `i.survey_id = ? AND i.unit_id = ? AND i.status = 'received' AND i.practice = 0 AND i.voided = 0
  AND i.second_keying = 0 AND NOT (${OPEN_FLAG_SQL})
  AND (? = 0 OR i.entry <> 'paper' OR EXISTS (SELECT 1 FROM keying_reconciliations k WHERE k.first_id = i.id))`;
const logBulkStmt = prepared<[number, string, number, number, number]>(
  `INSERT INTO interview_reviews (interview_id, action, from_status, to_status, revision, comment, account_id, at)
   SELECT i.id, 'approve', 'received', 'approved', i.revision, NULL, ?, ? FROM interviews i WHERE ${CLEAN}`,
);
const approveBulkStmt = prepared<[string, number, number, number]>(
  `UPDATE interviews AS i SET status = 'approved', review_version = review_version + 1, updated_at = ?
   WHERE ${CLEAN}`,
);
/** Approves every clean received interview of a unit; returns how many. */
export function approveCleanInterviews(db: Db, surveyId: number, unitId: number, accountId: number, at: string, doubleKeying = false): number {
  const twice = doubleKeying ? 1 : 0;
  logBulkStmt(db).run(accountId, at, surveyId, unitId, twice);
  return approveBulkStmt(db).run(at, surveyId, unitId, twice).changes;
}

export type AnswersGroupMember = { id: string; answers: string; review_flags: string };
const unitAnswersStmt = prepared<[number, number], AnswersGroupMember>(
  `SELECT id, json_extract(record, '$.answers') AS answers, review_flags FROM interviews
   WHERE survey_id = ? AND unit_id = ? AND practice = 0 AND voided = 0 AND second_keying = 0`,
);
/** The counted interviews of a unit with their answers as stored (canonical JSON: equal answers, equal text). */
export function listUnitAnswers(db: Db, surveyId: number, unitId: number): AnswersGroupMember[] {
  return unitAnswersStmt(db).all(surveyId, unitId);
}

export type HeldForReview = { record: string; review_comment: string | null };
const heldStmt = prepared<[string], HeldForReview>('SELECT record, review_comment FROM interviews WHERE id = ?');
/** The current revision's record and the last return's comment. */
export function findHeldForReview(db: Db, id: string): HeldForReview | undefined {
  return heldStmt(db).get(id);
}

const unitSerialsStmt = prepared<[number, number], { serial: string; id: string }>(
  `SELECT serial, id FROM interviews WHERE survey_id = ? AND unit_id = ? AND serial IS NOT NULL AND practice = 0 AND voided = 0
     AND second_keying = 0`,
);
/** The paper serials a unit's counted interviews hold (practice and voided forms hold none). */
export function listUnitSerials(db: Db, surveyId: number, unitId: number): { serial: string; id: string }[] {
  return unitSerialsStmt(db).all(surveyId, unitId);
}

export type ClerkKeyingRow = {
  account_id: number; username: string; display_name: string; forms: number; keys: number; corrections: number; seconds: number; verified: number;
};
// Paper forms with keying statistics (records from before them have none), counted ones only.
const keyingStmt = prepared<[number, number | null, number | null], ClerkKeyingRow>(
  `SELECT i.account_id, a.username, a.display_name, count(*) AS forms,
     total(json_extract(i.record, '$.keying.keys')) AS keys, total(json_extract(i.record, '$.keying.corrections')) AS corrections,
     total(json_extract(i.record, '$.keying.seconds')) AS seconds, total(json_extract(i.record, '$.keying.verified')) AS verified
   FROM interviews i JOIN accounts a ON a.id = i.account_id
   WHERE i.survey_id = ? AND (? IS NULL OR i.unit_id = ?) AND i.entry = 'paper' AND i.practice = 0 AND i.voided = 0
     AND json_type(i.record, '$.keying') = 'object'
   GROUP BY i.account_id ORDER BY a.username`,
);
/** Each clerk's summed keying statistics over a survey's (or one unit's) paper forms. */
export function listClerkKeying(db: Db, surveyId: number, unitId: number | null): ClerkKeyingRow[] {
  return keyingStmt(db).all(surveyId, unitId, unitId);
}
