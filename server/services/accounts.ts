// Creating, disabling and enabling accounts: shared by the admin routes, the accounts CLI and the demo seed.
import { NewAccountSchema, type Account, type NewAccount, type Role } from '#shared/accounts/schema.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { hashPassword } from '../auth/password.ts';
import { setRole } from '../repo/account-admin.ts';
import { findAccountById, findAccountByUsername, insertAccount, setAccountDisabled, setAccountPassword, withoutSecret } from '../repo/accounts.ts';
import { assignUnit } from '../repo/assignments.ts';
import { revokeDevicesOfAccount } from '../repo/devices.ts';
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
 * Every credential the account holds stops working at once: its web sessions end and its device tokens are revoked
 * (in the caller's transaction, so no request slips between). A revoked device can still hand in finished interviews,
 * which go to quarantine (docs/sync-protocol.md §1.3): revoking never loses field work. The one place a disable, a
 * password reset and a change of role end credentials.
 */
function endCredentials(db: Db, id: number, at: string): void {
  deleteSessionsOfAccount(db, id);
  revokeDevicesOfAccount(db, id, at);
}

/** A disabled account cannot sign in; its sessions and device tokens end. */
export function disableAccount(db: Db, id: number, at: string): void {
  db.transaction(() => {
    setAccountDisabled(db, id, true);
    endCredentials(db, id, at);
  })();
}

/** Re-enabling lets the person sign in again; the tokens revoked by the disable stay revoked (a new sign-in
 * registers the device again). */
export function enableAccount(db: Db, id: number): void {
  setAccountDisabled(db, id, false);
}

/** A new role decides what every credential may open: the sessions and device tokens made under the old one end. */
export function changeRole(db: Db, id: number, role: Role, at: string): void {
  db.transaction(() => {
    setRole(db, id, role);
    endCredentials(db, id, at);
  })();
}

/** A new password (hashed before the transaction): whoever held the old one, by cookie or device token, is out. */
export function replacePassword(db: Db, id: number, passwordHash: string, at: string): void {
  db.transaction(() => {
    setAccountPassword(db, id, passwordHash);
    endCredentials(db, id, at);
  })();
}
