// SQL for accounts. Rows are turned into the shared Account shape here and nowhere else.
import type { Account, Role } from '#shared/accounts/schema.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

type AccountRow = {
  id: number; username: string; display_name: string; role: Role;
  password_hash: string; disabled: 0 | 1; created_at: string;
};

export type AccountWithSecret = Account & { passwordHash: string };

const toAccount = (row: AccountRow): AccountWithSecret => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  passwordHash: row.password_hash,
});

export function withoutSecret({ passwordHash: _, ...account }: AccountWithSecret): Account {
  return account;
}

const insertStmt = prepared<[string, string, Role, string, string]>(
  `INSERT INTO accounts (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`,
);
export function insertAccount(
  db: Db, input: { username: string; displayName: string; role: Role; passwordHash: string; createdAt: string },
): number {
  const info = insertStmt(db).run(input.username, input.displayName, input.role, input.passwordHash, input.createdAt);
  return Number(info.lastInsertRowid);
}

const byUsernameStmt = prepared<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?');
export function findAccountByUsername(db: Db, username: string): AccountWithSecret | undefined {
  const row = byUsernameStmt(db).get(username);
  return row && toAccount(row);
}

const byIdStmt = prepared<[number], AccountRow>('SELECT * FROM accounts WHERE id = ?');
export function findAccountById(db: Db, id: number): AccountWithSecret | undefined {
  const row = byIdStmt(db).get(id);
  return row && toAccount(row);
}

/** The password hash of a system account (the online respondents'): it matches no password, and no admin page or
 * command treats it as a person's account — it is not listed, changed, enabled or given a password. */
export const SYSTEM_PASSWORD_HASH = '!';
export const isSystemAccount = (account: AccountWithSecret): boolean => account.passwordHash === SYSTEM_PASSWORD_HASH;

const listStmt = prepared<[], AccountRow>(`SELECT * FROM accounts WHERE password_hash <> '${SYSTEM_PASSWORD_HASH}' ORDER BY role, username`);
/** Every person's account (system accounts left out). */
export function listAccounts(db: Db): Account[] {
  return listStmt(db).all().map((row) => withoutSecret(toAccount(row)));
}

const countStmt = prepared<[], number>('SELECT count(*) FROM accounts');
export function countAccounts(db: Db): number {
  return countStmt(db).pluck().get() ?? 0;
}

const disableStmt = prepared<[0 | 1, number]>('UPDATE accounts SET disabled = ? WHERE id = ?');
export function setAccountDisabled(db: Db, id: number, disabled: boolean): void {
  disableStmt(db).run(disabled ? 1 : 0, id);
}

const passwordStmt = prepared<[string, number]>('UPDATE accounts SET password_hash = ? WHERE id = ?');
export function setAccountPassword(db: Db, id: number, passwordHash: string): void {
  passwordStmt(db).run(passwordHash, id);
}
