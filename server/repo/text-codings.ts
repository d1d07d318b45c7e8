// SQL of the coding of free texts (migration 2026-12-03-08): a variable's codes and the folded texts assigned to
// them. The interviews' texts are never touched here.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type CodeRow = { variable: string; code: number; label: string };
export type CodingRow = { variable: string; folded: string; code: number };

const codesStmt = prepared<[number], CodeRow>('SELECT variable, code, label FROM text_codes WHERE survey_id = ? ORDER BY variable, code');
const codingsStmt = prepared<[number], CodingRow>('SELECT variable, folded, code FROM text_codings WHERE survey_id = ?');
const insertCodeStmt = prepared<[{ survey: number; variable: string; code: number; label: string; at: string }]>(
  `INSERT INTO text_codes (survey_id, variable, code, label, created_at) VALUES (@survey, @variable, @code, @label, @at)
   ON CONFLICT (survey_id, variable, code) DO NOTHING`,
);
const assignStmt = prepared<[{ survey: number; variable: string; folded: string; code: number; account: number; at: string }]>(
  `INSERT INTO text_codings (survey_id, variable, folded, code, account_id, coded_at)
   VALUES (@survey, @variable, @folded, @code, @account, @at)
   ON CONFLICT (survey_id, variable, folded) DO UPDATE SET code = excluded.code, account_id = excluded.account_id, coded_at = excluded.coded_at`,
);

/** Every code of the survey's coded variables, by variable then code. */
export function listTextCodes(db: Db, surveyId: number): CodeRow[] {
  return codesStmt(db).all(surveyId);
}

export function listTextCodings(db: Db, surveyId: number): CodingRow[] {
  return codingsStmt(db).all(surveyId);
}

/** Makes the code known for the variable (a question's option copied with its label, or a new one); kept if there. */
export function ensureTextCode(db: Db, row: { survey: number; variable: string; code: number; label: string; at: string }): void {
  insertCodeStmt(db).run(row);
}

/** Assigns folded texts to a code, replacing any code they had. */
export function assignTextCodes(db: Db, row: { survey: number; variable: string; code: number; account: number; at: string }, folded: readonly string[]): void {
  for (const text of folded) assignStmt(db).run({ ...row, folded: text });
}
