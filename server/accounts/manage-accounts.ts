// What an admin does to one account from the page, beyond create/disable/enable (services/accounts.ts): edit its
// name and role, reset its password to a temporary one, set its units in a survey, remove its second factor.
// Each returns the before/after summary the route writes to the audit log.
import { passwordWeakness } from '#shared/accounts/new-password.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { UpdateAccountRequest } from '#shared/api/admin.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { hashPassword } from '../auth/password.ts';
import { newPassword } from '../auth/tokens.ts';
import { findAccountById, isSystemAccount, withoutSecret } from '../repo/accounts.ts';
import { setDisplayName } from '../repo/account-admin.ts';
import { disableTotp, readAccountSecurity, setMustChangePassword } from '../repo/account-security.ts';
import { deleteAssignmentsOfAccount, listAssignedUnits, replaceAssignmentsInSurvey } from '../repo/assignments.ts';
import { findSurveyBySlug, findUnitByNo } from '../repo/surveys.ts';
import { changeRole, replacePassword } from '../services/accounts.ts';

type Summary = { before: Record<string, unknown>; after: Record<string, unknown> };

function accountOf(db: Db, id: number): Account {
  const found = findAccountById(db, id);
  if (!found || isSystemAccount(found)) throw problem('account.notFound');
  return withoutSecret(found);
}

/** An admin cannot take away their own way in: no disabling, demoting or resetting oneself from the page. */
export function refuseSelf(actorId: number, targetId: number): void {
  if (actorId === targetId) throw problem('account.selfLockout');
}

/** Changes the name and/or role; an account that becomes an admin leaves its units (admins see every unit). */
export function updateAccount(db: Db, actorId: number, id: number, changes: UpdateAccountRequest, at: string): Summary {
  const before = accountOf(db, id);
  if (changes.role !== undefined && changes.role !== before.role) refuseSelf(actorId, id);
  db.transaction(() => {
    if (changes.displayName !== undefined) setDisplayName(db, id, changes.displayName);
    if (changes.role !== undefined && changes.role !== before.role) {
      // Its sessions and device tokens end (services/accounts.ts): the next request is made under the new role.
      changeRole(db, id, changes.role, at);
      if (changes.role === 'admin') deleteAssignmentsOfAccount(db, id);
    }
  })();
  const after = accountOf(db, id);
  return { before: { displayName: before.displayName, role: before.role }, after: { displayName: after.displayName, role: after.role } };
}

/**
 * A temporary password made here, returned once: the account's sessions end and it must choose its own password
 * at the next sign-in. Used by the page and the command line alike. `alongside` runs in the same transaction (the
 * audit record).
 */
export async function resetPassword(db: Db, id: number, at: string, chosen?: string, alongside?: () => void): Promise<string> {
  const account = accountOf(db, id);
  const password = chosen ?? newPassword();
  const weakness = passwordWeakness(password, account.username);
  if (weakness) throw problem('account.weakPassword', { reason: weakness });
  const hash = await hashPassword(password);
  db.transaction(() => {
    // The new password ends every session and revokes every device token (services/accounts.ts).
    replacePassword(db, id, hash, at);
    setMustChangePassword(db, id, true);
    alongside?.();
  })();
  return password;
}

/** The account's units in one survey become exactly `unitNos` (enumerators and unit boards only). */
export function setAssignments(db: Db, id: number, surveySlug: string, unitNos: readonly string[]): Summary {
  const account = accountOf(db, id);
  if (account.role === 'admin') throw problem('account.assignmentsNotForRole');
  const survey = findSurveyBySlug(db, surveySlug);
  if (!survey) throw problem('survey.notFound', { survey: surveySlug });
  const unitIds = [...new Set(unitNos)].map((no) => {
    const unit = findUnitByNo(db, survey.id, no);
    if (!unit) throw problem('unit.notFound', { survey: surveySlug, unit: no });
    return unit.id;
  });
  const before = listAssignedUnits(db, id, survey.id).map((unit) => unit.no);
  db.transaction(() => replaceAssignmentsInSurvey(db, id, survey.id, unitIds))();
  const after = listAssignedUnits(db, id, survey.id).map((unit) => unit.no);
  return { before: { survey: surveySlug, units: before }, after: { survey: surveySlug, units: after } };
}

/** Removes the second factor (a lost phone): the account signs in with its password alone until it enrols again. */
export function removeTwoFactor(db: Db, id: number): Summary {
  accountOf(db, id);
  const had = readAccountSecurity(db, id)?.totpEnabledAt !== null;
  db.transaction(() => disableTotp(db, id))();
  return { before: { twoFactor: had }, after: { twoFactor: false } };
}
