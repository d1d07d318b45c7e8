// SQL for sign-in's trust in a device: one the account has registered and whose token it has used (it downloaded
// its kit or synced), not revoked. Such a device's sign-ins are counted apart from strangers' guesses.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

const knownStmt = prepared<[string, number], { known: number }>(
  `SELECT 1 AS known FROM devices
   WHERE id = ? AND account_id = ? AND last_seen_at IS NOT NULL AND revoked_at IS NULL`,
);

export function isKnownDevice(db: Db, deviceId: string, accountId: number): boolean {
  return knownStmt(db).get(deviceId, accountId) !== undefined;
}
