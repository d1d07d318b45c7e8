// Accounts as the admin's page shows them: each with its temporary-password and 2FA flags and its assignments.
import type { AdminAccount } from '#shared/api/admin.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { findAccountById, listAccounts, withoutSecret } from '../repo/accounts.ts';
import { listAccountFlags, listAllAssignments } from '../repo/account-admin.ts';

export function listAdminAccounts(db: Db): AdminAccount[] {
  const flags = listAccountFlags(db);
  const assignments = new Map<number, { surveySlug: string; unitNo: string }[]>();
  for (const { accountId, surveySlug, unitNo } of listAllAssignments(db)) {
    assignments.set(accountId, [...(assignments.get(accountId) ?? []), { surveySlug, unitNo }]);
  }
  return listAccounts(db).map((account) => ({
    ...account,
    mustChangePassword: flags.get(account.id)?.mustChangePassword ?? false,
    twoFactor: flags.get(account.id)?.twoFactor ?? false,
    assignments: assignments.get(account.id) ?? [],
  }));
}

export function adminAccount(db: Db, id: number): AdminAccount {
  const found = findAccountById(db, id);
  if (!found) throw problem('account.notFound');
  const account = listAdminAccounts(db).find((row) => row.id === id);
  return account ?? { ...withoutSecret(found), mustChangePassword: false, twoFactor: false, assignments: [] };
}
