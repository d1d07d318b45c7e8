// SQL of double keying (decision 0019): the second keyings of a survey (or unit) each beside the first keying of
// its serial by another account, and the admin's reconciliation of a pair. Second keyings are few per serial and
// walk their own partial index; the first keying is found by the survey's serial index.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type KeyingSide = {
  id: string; account_id: number; username: string; answers: string; revision: number; review_version: number; questionnaire_version: number;
};

/** One second keying with its candidate first keyings (none: not paired yet; more than one: a duplicate serial). */
export type SecondKeyingRow = {
  second_id: string; second_account: number; second_username: string; second_answers: string; serial: string; unit_no: string;
  /** JSON array of KeyingSide: the counted first keyings of its serial by another account. */
  firsts: string;
  /** Whether the serial's first keying is the same clerk's (not a pair: a second keying is another clerk's). */
  same_clerk: 0 | 1;
};

const secondsStmt = prepared<[number, number | null, number | null], SecondKeyingRow>(
  `SELECT s.id AS second_id, s.account_id AS second_account, sa.username AS second_username,
     json_extract(s.record, '$.answers') AS second_answers, s.serial, u.no AS unit_no,
     (SELECT json_group_array(json_object('id', f.id, 'account_id', f.account_id, 'username', fa.username,
        'answers', json_extract(f.record, '$.answers'), 'revision', f.revision, 'review_version', f.review_version,
        'questionnaire_version', f.questionnaire_version))
      FROM interviews f JOIN accounts fa ON fa.id = f.account_id
      WHERE f.survey_id = s.survey_id AND f.serial = s.serial AND f.second_keying = 0 AND f.voided = 0 AND f.practice = 0
        AND f.account_id <> s.account_id) AS firsts,
     EXISTS (SELECT 1 FROM interviews f WHERE f.survey_id = s.survey_id AND f.serial = s.serial AND f.second_keying = 0
        AND f.voided = 0 AND f.practice = 0 AND f.account_id = s.account_id) AS same_clerk
   FROM interviews s JOIN accounts sa ON sa.id = s.account_id JOIN units u ON u.id = s.unit_id
   WHERE s.survey_id = ? AND s.second_keying = 1 AND s.voided = 0 AND s.practice = 0 AND (? IS NULL OR s.unit_id = ?)
   ORDER BY s.serial, s.id`,
);
export function listSecondKeyings(db: Db, surveyId: number, unitId: number | null): SecondKeyingRow[] {
  return secondsStmt(db).all(surveyId, unitId, unitId);
}

export type ReconciliationRow = {
  first_id: string; second_id: string; compared: number; disagreements: number; from_second: string; username: string; at: string;
};
const reconciledStmt = prepared<[number], ReconciliationRow>(
  `SELECT k.first_id, k.second_id, k.compared, k.disagreements, k.from_second, a.username, k.at
   FROM keying_reconciliations k JOIN accounts a ON a.id = k.account_id JOIN interviews i ON i.id = k.first_id
   WHERE i.survey_id = ?`,
);
/** The survey's reconciliations, by first keying. */
export function listReconciliations(db: Db, surveyId: number): Map<string, ReconciliationRow> {
  return new Map(reconciledStmt(db).all(surveyId).map((row) => [row.first_id, row]));
}

const isReconciledStmt = prepared<[string], number>('SELECT 1 FROM keying_reconciliations WHERE first_id = ?');
export function isReconciled(db: Db, firstId: string): boolean {
  return isReconciledStmt(db).pluck().get(firstId) !== undefined;
}

export type NewReconciliation = {
  firstId: string; secondId: string; compared: number; disagreements: number; fromSecond: readonly string[];
  accountId: number; revision: number; at: string;
};
const insertStmt = prepared<[string, string, number, number, string, number, number, string]>(
  `INSERT INTO keying_reconciliations (first_id, second_id, compared, disagreements, from_second, account_id, revision, at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
);
/** False when the first keying was already reconciled (by another admin meanwhile). */
export function insertReconciliation(db: Db, r: NewReconciliation): boolean {
  return insertStmt(db).run(r.firstId, r.secondId, r.compared, r.disagreements, JSON.stringify(r.fromSecond), r.accountId, r.revision, r.at).changes === 1;
}
