// SQL for what guards an account beyond its password: a temporary password to replace, the TOTP secret and its
// recovery codes, and a session still waiting for its second factor.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type AccountSecurity = {
  mustChangePassword: boolean;
  totpSecret: string | null;
  totpEnabledAt: string | null;
  totpLastStep: number | null;
  totpPendingSecret: string | null;
};
type SecurityRow = {
  must_change_password: 0 | 1; totp_secret: string | null; totp_enabled_at: string | null;
  totp_last_step: number | null; totp_pending_secret: string | null;
};

const readStmt = prepared<[number], SecurityRow>(
  'SELECT must_change_password, totp_secret, totp_enabled_at, totp_last_step, totp_pending_secret FROM accounts WHERE id = ?',
);
export function readAccountSecurity(db: Db, accountId: number): AccountSecurity | undefined {
  const row = readStmt(db).get(accountId);
  return row && {
    mustChangePassword: row.must_change_password === 1,
    totpSecret: row.totp_secret,
    totpEnabledAt: row.totp_enabled_at,
    totpLastStep: row.totp_last_step,
    totpPendingSecret: row.totp_pending_secret,
  };
}

const mustChangeStmt = prepared<[0 | 1, number]>('UPDATE accounts SET must_change_password = ? WHERE id = ?');
export function setMustChangePassword(db: Db, accountId: number, must: boolean): void {
  mustChangeStmt(db).run(must ? 1 : 0, accountId);
}

const pendingSecretStmt = prepared<[string | null, number]>('UPDATE accounts SET totp_pending_secret = ? WHERE id = ?');
export function setPendingTotpSecret(db: Db, accountId: number, secret: string | null): void {
  pendingSecretStmt(db).run(secret, accountId);
}

const enableStmt = prepared<[string, string, number, number]>(
  'UPDATE accounts SET totp_secret = ?, totp_enabled_at = ?, totp_last_step = ?, totp_pending_secret = NULL WHERE id = ?',
);
export function enableTotp(db: Db, accountId: number, secret: string, enabledAt: string, lastStep: number): void {
  enableStmt(db).run(secret, enabledAt, lastStep, accountId);
}

const lastStepStmt = prepared<[number, number]>('UPDATE accounts SET totp_last_step = ? WHERE id = ?');
export function setTotpLastStep(db: Db, accountId: number, step: number): void {
  lastStepStmt(db).run(step, accountId);
}

const disableStmt = prepared<[number]>(
  'UPDATE accounts SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, totp_pending_secret = NULL WHERE id = ?',
);
const dropCodesStmt = prepared<[number]>('DELETE FROM recovery_codes WHERE account_id = ?');
/** Removes the second factor and every recovery code (call inside a transaction). */
export function disableTotp(db: Db, accountId: number): void {
  disableStmt(db).run(accountId);
  dropCodesStmt(db).run(accountId);
}

const insertCodeStmt = prepared<[number, string]>('INSERT INTO recovery_codes (account_id, code_hash) VALUES (?, ?)');
/** Replaces the account's recovery codes with these hashes (call inside a transaction). */
export function replaceRecoveryCodes(db: Db, accountId: number, codeHashes: readonly string[]): void {
  dropCodesStmt(db).run(accountId);
  for (const hash of codeHashes) insertCodeStmt(db).run(accountId, hash);
}

const useCodeStmt = prepared<[string, number, string]>(
  'UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL',
);
/** Marks an unused code used; false when there is no such unused code. */
export function useRecoveryCode(db: Db, accountId: number, codeHash: string, at: string): boolean {
  return useCodeStmt(db).run(at, accountId, codeHash).changes === 1;
}

const unusedCountStmt = prepared<[number], number>('SELECT count(*) FROM recovery_codes WHERE account_id = ? AND used_at IS NULL');
export function countUnusedRecoveryCodes(db: Db, accountId: number): number {
  return unusedCountStmt(db).pluck().get(accountId) ?? 0;
}

type SessionStepRow = { second_factor_pending: 0 | 1; second_factor_failures: number };
const sessionStepStmt = prepared<[string], SessionStepRow>(
  'SELECT second_factor_pending, second_factor_failures FROM sessions WHERE token_hash = ?',
);
export function readSessionSecondFactor(db: Db, tokenHash: string): { pending: boolean; failures: number } | undefined {
  const row = sessionStepStmt(db).get(tokenHash);
  return row && { pending: row.second_factor_pending === 1, failures: row.second_factor_failures };
}

const setPendingStmt = prepared<[0 | 1, string]>('UPDATE sessions SET second_factor_pending = ? WHERE token_hash = ?');
export function setSessionSecondFactorPending(db: Db, tokenHash: string, pending: boolean): void {
  setPendingStmt(db).run(pending ? 1 : 0, tokenHash);
}

const failStmt = prepared<[string], number>(
  'UPDATE sessions SET second_factor_failures = second_factor_failures + 1 WHERE token_hash = ? RETURNING second_factor_failures',
);
export function countSecondFactorFailure(db: Db, tokenHash: string): number {
  return failStmt(db).pluck().get(tokenHash) ?? 0;
}

const otherSessionsStmt = prepared<[number, string]>('DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?');
/** Ends every other session of an account (after it changed its password). */
export function deleteOtherSessions(db: Db, accountId: number, keepTokenHash: string): void {
  otherSessionsStmt(db).run(accountId, keepTokenHash);
}
