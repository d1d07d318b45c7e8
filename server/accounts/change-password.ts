// An account changes its own password: the current one proves it is the owner; the new one follows the rules of
// shared/accounts/credentials.ts and differs from the old. A temporary password stops being one, and the account's
// other sessions end (someone who knew the old password is signed out), this one stays. `alongside` runs in the
// same transaction (the audit record).
import { passwordWeakness } from '#shared/accounts/new-password.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { findAccountById, setAccountPassword } from '../repo/accounts.ts';
import { deleteOtherSessions, setMustChangePassword } from '../repo/account-security.ts';

export async function changeOwnPassword(
  db: Db, accountId: number, sessionTokenHash: string, currentPassword: string, newPassword: string, alongside?: () => void,
): Promise<void> {
  const account = findAccountById(db, accountId);
  if (!account) throw problem('account.notFound');
  // Not auth.badCredentials (401): a wrong current password is a mistake in this form, not the end of the session.
  if (!(await verifyPassword(currentPassword, account.passwordHash))) throw problem('account.wrongPassword');
  const weakness = passwordWeakness(newPassword, account.username);
  if (weakness) throw problem('account.weakPassword', { reason: weakness });
  if (newPassword === currentPassword) throw problem('account.samePassword');
  const hash = await hashPassword(newPassword);
  db.transaction(() => {
    setAccountPassword(db, accountId, hash);
    setMustChangePassword(db, accountId, false);
    deleteOtherSessions(db, accountId, sessionTokenHash);
    alongside?.();
  })();
}
