// Imports an accounts CSV all-or-nothing, by its plan (plan-import.ts): nothing is written unless no line is refused;
// then new accounts and changed assignments are written in one transaction. Shared by the command line and the page.
import type { Account } from '#shared/accounts/schema.ts';
import type { ImportPreview } from '#shared/api/admin.ts';
import type { Db } from '../db/open.ts';
import { newPassword } from '../auth/tokens.ts';
import { setMustChangePassword } from '../repo/account-security.ts';
import { replaceAssignmentsInSurvey } from '../repo/assignments.ts';
import { insertPreparedAccount, prepareAccount } from '../services/accounts.ts';
import type { AccountCsvError, AccountCsvRow } from './parse-accounts-csv.ts';
import { planImport } from './plan-import.ts';

export type ImportOutcome =
  | {
    ok: true; created: Account[]; changed: ImportPreview['changedAssignments'];
    /** Passwords made for rows that gave none: temporary (changed at the first sign-in), shown once. */
    generatedPasswords: { username: string; password: string }[];
  }
  | { ok: false; errors: AccountCsvError[] };

/** `alongside` runs inside the import's transaction with what it did (the audit records). */
export async function importAccounts(
  db: Db, rows: readonly AccountCsvRow[], nowIso: string, alongside?: (done: { created: Account[]; changed: ImportPreview['changedAssignments'] }) => void,
): Promise<ImportOutcome> {
  const plan = planImport(db, rows);
  if (plan.errors.length) return { ok: false, errors: plan.errors };
  const generatedPasswords: { username: string; password: string }[] = [];
  // Hashing is slow: it happens before the transaction, which holds no await.
  const prepared = await Promise.all(plan.createRows.map(async (row) => {
    const password = row.password || newPassword();
    if (!row.password) generatedPasswords.push({ username: row.username, password });
    const account = await prepareAccount(
      { username: row.username, displayName: row.displayName, role: row.role, password },
      row.surveySlug ? [{ surveySlug: row.surveySlug, unitNos: row.unitNos }] : [],
    );
    return { account, temporary: !row.password };
  }));
  const created = db.transaction(() => {
    const made = prepared.map(({ account, temporary }) => {
      const inserted = insertPreparedAccount(db, account, nowIso);
      if (temporary) setMustChangePassword(db, inserted.id, true);
      return inserted;
    });
    for (const change of plan.assignmentChanges) replaceAssignmentsInSurvey(db, change.accountId, change.surveyId, change.unitIds);
    alongside?.({ created: made, changed: plan.changedAssignments });
    return made;
  })();
  return { ok: true, created, changed: plan.changedAssignments, generatedPasswords };
}
