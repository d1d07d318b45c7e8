// SQL for the interviews an admin returned to their enumerator for correction, as the device state lists them.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type ReturnedRow = { record: string; revision: number; review_comment: string | null; updated_at: string };

const returnedStmt = prepared<[number], ReturnedRow>(
  `SELECT record, revision, review_comment, updated_at FROM interviews
   WHERE account_id = ? AND status = 'needs_correction' AND voided = 0
   ORDER BY updated_at, id`,
);

/** This account's interviews with server status needs_correction, oldest return first. */
export function listReturnedInterviews(db: Db, accountId: number): ReturnedRow[] {
  return returnedStmt(db).all(accountId);
}

const returnStmt = prepared<[string, string, string]>(
  `UPDATE interviews SET status = 'needs_correction', review_comment = ?, updated_at = ? WHERE id = ?`,
);

/** Sends an interview back for correction with a comment (review screens will call it; tests do now). */
export function returnInterview(db: Db, id: string, comment: string, at: string): void {
  returnStmt(db).run(comment, at, id);
}
