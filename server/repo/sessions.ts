// SQL for web sessions, looked up by the hash of the cookie's token.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type SessionRow = { token_hash: string; account_id: number; created_at: string; expires_at: string };

const insertStmt = prepared<[string, number, string, string]>(
  'INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
);
export function insertSession(db: Db, tokenHash: string, accountId: number, createdAt: string, expiresAt: string): void {
  insertStmt(db).run(tokenHash, accountId, createdAt, expiresAt);
}

const findStmt = prepared<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
export function findSession(db: Db, tokenHash: string): SessionRow | undefined {
  return findStmt(db).get(tokenHash);
}

const deleteStmt = prepared<[string]>('DELETE FROM sessions WHERE token_hash = ?');
export function deleteSession(db: Db, tokenHash: string): void {
  deleteStmt(db).run(tokenHash);
}

const deleteForAccountStmt = prepared<[number]>('DELETE FROM sessions WHERE account_id = ?');
export function deleteSessionsOfAccount(db: Db, accountId: number): void {
  deleteForAccountStmt(db).run(accountId);
}

const purgeStmt = prepared<[string]>('DELETE FROM sessions WHERE expires_at <= ?');
export function purgeExpiredSessions(db: Db, nowIso: string): number {
  return purgeStmt(db).run(nowIso).changes;
}
