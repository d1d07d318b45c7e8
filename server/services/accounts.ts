// Creating, disabling and enabling accounts: shared by the admin routes, the accounts CLI and the demo seed.
import { NewAccountSchema, type Account, type NewAccount } from '#shared/accounts/schema.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { hashPassword } from '../auth/password.ts';
import { findAccountById, findAccountByUsername, insertAccount, setAccountDisabled, withoutSecret } from '../repo/accounts.ts';
import { assignUnit } from '../repo/assignments.ts';
import { deleteSessionsOfAccount } from '../repo/sessions.ts';
import { findSurveyBySlug, findUnitByNo } from '../repo/surveys.ts';

export type UnitAssignment = { surveySlug: string; unitNos: readonly string[] };

/** An account ready to insert: the password already hashed (hashing is slow, so it happens before the transaction). */
export type PreparedAccount = Omit<NewAccount, 'password'> & { passwordHash: string; assignments: UnitAssignment[] };

export async function prepareAccount(input: NewAccount, assignments: UnitAssignment[] = []): Promise<PreparedAccount> {
  const { password, ...rest } = NewAccountSchema.parse(input);
  return { ...rest, passwordHash: await hashPassword(password), assignments };
}

/** Inserts one prepared account with its assignments; call inside a transaction to insert several all-or-nothing. */
export function insertPreparedAccount(db: Db, account: PreparedAccount, nowIso: string): Account {
  if (findAccountByUsername(db, account.username)) throw problem('account.usernameTaken', { username: account.username });
  const id = insertAccount(db, { ...account, createdAt: nowIso });
  for (const { surveySlug, unitNos } of account.assignments) {
    const survey = findSurveyBySlug(db, surveySlug);
    if (!survey) throw problem('survey.notFound', { survey: surveySlug });
    for (const unitNo of unitNos) {
      const unit = findUnitByNo(db, survey.id, unitNo);
      if (!unit) throw problem('unit.notFound', { survey: surveySlug, unit: unitNo });
      assignUnit(db, id, unit.id);
    }
  }
  const created = findAccountById(db, id);
  if (!created) throw new Error('account vanished after insert');
  return withoutSecret(created);
}

export async function createAccount(db: Db, input: NewAccount, assignments: UnitAssignment[], nowIso: string): Promise<Account> {
  const prepared = await prepareAccount(input, assignments);
  return db.transaction(() => insertPreparedAccount(db, prepared, nowIso))();
}

/**
 * A disabled account cannot sign in, and its open web sessions end at once (in the same transaction, so no
 * request slips between). Its device tokens stay: what its devices upload is kept in quarantine, never lost.
 */
export function disableAccount(db: Db, id: number): void {
  db.transaction(() => {
    setAccountDisabled(db, id, true);
    deleteSessionsOfAccount(db, id);
  })();
}

export function enableAccount(db: Db, id: number): void {
  setAccountDisabled(db, id, false);
}
