// SQL for online submissions: which link an online interview came through, the keyed hash of its address, the
// hash of its answers and its flags; a replay reads it back, the near-duplicate check looks it up.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type OnlineSubmissionRow = { interviewId: string; linkId: number; answersHash: string; flags: string; receivedAt: string };

const byIdStmt = prepared<[string], OnlineSubmissionRow>(
  `SELECT interview_id AS interviewId, link_id AS linkId, answers_hash AS answersHash, flags, received_at AS receivedAt
   FROM online_submissions WHERE interview_id = ?`,
);
export function findOnlineSubmission(db: Db, interviewId: string): OnlineSubmissionRow | undefined {
  return byIdStmt(db).get(interviewId);
}

const insertStmt = prepared<[string, number, string, string, string, string]>(
  `INSERT INTO online_submissions (interview_id, link_id, address_hash, answers_hash, flags, received_at)
   VALUES (?, ?, ?, ?, ?, ?)`,
);
export function insertOnlineSubmission(
  db: Db, row: { interviewId: string; linkId: number; addressHash: string; answersHash: string; flags: readonly string[]; at: string },
): void {
  insertStmt(db).run(row.interviewId, row.linkId, row.addressHash, row.answersHash, JSON.stringify(row.flags), row.at);
}

const nearStmt = prepared<[string, string, string], string>(
  `SELECT interview_id FROM online_submissions WHERE address_hash = ? AND answers_hash = ? AND received_at >= ?`,
);
/** Earlier submissions with the same answers from the same address since `since`. */
export function listNearDuplicates(db: Db, addressHash: string, answersHash: string, since: string): string[] {
  return nearStmt(db).pluck().all(addressHash, answersHash, since);
}

// The review's own flag (decision 0019), raised once; a review write, so the interview's review version moves.
const sameAnswersStmt = prepared<[string]>(
  `UPDATE interviews SET review_flags = json_insert(review_flags, '$[#]', 'same_answers'), review_version = review_version + 1
   WHERE id = ? AND NOT EXISTS (SELECT 1 FROM json_each(review_flags) WHERE value = 'same_answers')`,
);
/** Raises `same_answers` on each of these interviews that does not carry it yet. */
export function raiseSameAnswers(db: Db, ids: readonly string[]): void {
  for (const id of ids) sameAnswersStmt(db).run(id);
}
