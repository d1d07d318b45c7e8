// Imports parsed account rows all-or-nothing: every row is checked against the database first (taken
// usernames, unknown surveys and units), then all are written in one transaction.
import type { Db } from '../db/open.ts';
import { newPassword } from '../auth/tokens.ts';
import { findAccountByUsername } from '../repo/accounts.ts';
import { findSurveyBySlug, findUnitByNo } from '../repo/surveys.ts';
import { insertPreparedAccount, prepareAccount } from '../services/accounts.ts';
import type { AccountCsvError, AccountCsvRow } from './parse-accounts-csv.ts';

export type ImportOutcome =
  | { ok: true; imported: number; generatedPasswords: { username: string; password: string }[] }
  | { ok: false; errors: AccountCsvError[] };

function checkAgainstDatabase(db: Db, rows: readonly AccountCsvRow[]): AccountCsvError[] {
  const errors: AccountCsvError[] = [];
  for (const row of rows) {
    if (findAccountByUsername(db, row.username)) errors.push({ line: row.line, code: 'accounts.csv.usernameTaken', params: { username: row.username } });
    if (!row.surveySlug) continue;
    const survey = findSurveyBySlug(db, row.surveySlug);
    if (!survey) { errors.push({ line: row.line, code: 'accounts.csv.unknownSurvey', params: { survey: row.surveySlug } }); continue; }
    for (const unitNo of row.unitNos) {
      if (!findUnitByNo(db, survey.id, unitNo)) errors.push({ line: row.line, code: 'accounts.csv.unknownUnit', params: { unit: unitNo, survey: row.surveySlug } });
    }
  }
  return errors;
}

export async function importAccounts(db: Db, rows: readonly AccountCsvRow[], nowIso: string): Promise<ImportOutcome> {
  const errors = checkAgainstDatabase(db, rows);
  if (errors.length) return { ok: false, errors };
  const generatedPasswords: { username: string; password: string }[] = [];
  const prepared = await Promise.all(rows.map((row) => {
    const password = row.password || newPassword();
    if (!row.password) generatedPasswords.push({ username: row.username, password });
    return prepareAccount(
      { username: row.username, displayName: row.displayName, role: row.role, password },
      row.surveySlug ? [{ surveySlug: row.surveySlug, unitNos: row.unitNos }] : [],
    );
  }));
  db.transaction(() => { for (const account of prepared) insertPreparedAccount(db, account, nowIso); })();
  return { ok: true, imported: rows.length, generatedPasswords };
}
