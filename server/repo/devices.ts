// SQL for sync devices, looked up by the hash of their bearer token.
import type { Device } from '#shared/accounts/schema.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

type DeviceRow = {
  id: string; account_id: number; label: string; public_key: string | null; token_hash: string;
  registered_at: string; last_seen_at: string | null; revoked_at: string | null;
};

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  accountId: row.account_id,
  label: row.label,
  publicKey: row.public_key,
  registeredAt: row.registered_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
});

/**
 * Registering an id again (a re-install, a new sign-in of the same account) replaces its token: the old one stops
 * working. An id that belongs to another account is left alone (false): taking it over would hand that account's
 * device, its inventory and its uploads' trail, to whoever knows the id. A registration without a key keeps the key
 * held: the device's hand-over files (decision 0016) stay verifiable.
 */
const upsertStmt = prepared<[string, number, string, string | null, string, string]>(
  `INSERT INTO devices (id, account_id, label, public_key, token_hash, registered_at) VALUES (?, ?, ?, ?, ?, ?)
   ON CONFLICT (id) DO UPDATE SET label = excluded.label,
     public_key = COALESCE(excluded.public_key, devices.public_key), token_hash = excluded.token_hash,
     registered_at = excluded.registered_at, last_seen_at = NULL, revoked_at = NULL
   WHERE devices.account_id = excluded.account_id`,
);
export function upsertDevice(
  db: Db, device: { id: string; accountId: number; label: string; publicKey: string | null; tokenHash: string; at: string },
): boolean {
  return upsertStmt(db).run(device.id, device.accountId, device.label, device.publicKey, device.tokenHash, device.at).changes > 0;
}

const byIdStmt = prepared<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');
export function findDeviceById(db: Db, id: string): Device | undefined {
  const row = byIdStmt(db).get(id);
  return row && toDevice(row);
}

const byTokenStmt = prepared<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?');
export function findDeviceByTokenHash(db: Db, tokenHash: string): Device | undefined {
  const row = byTokenStmt(db).get(tokenHash);
  return row && toDevice(row);
}

const listStmt = prepared<[number], DeviceRow>('SELECT * FROM devices WHERE account_id = ? ORDER BY registered_at');
export function listDevicesOfAccount(db: Db, accountId: number): Device[] {
  return listStmt(db).all(accountId).map(toDevice);
}

const seenStmt = prepared<[string, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
export function markDeviceSeen(db: Db, id: string, at: string): void {
  seenStmt(db).run(at, id);
}

const revokeStmt = prepared<[string, string]>('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
export function revokeDevice(db: Db, id: string, at: string): boolean {
  return revokeStmt(db).run(at, id).changes > 0;
}

const revokeOfAccountStmt = prepared<[string, number]>('UPDATE devices SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL');
/** Every live token of the account stops working (a password reset, a disable); returns how many. */
export function revokeDevicesOfAccount(db: Db, accountId: number, at: string): number {
  return revokeOfAccountStmt(db).run(at, accountId).changes;
}
