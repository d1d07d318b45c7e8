// How many finished interviews of the account were written to a hand-over file and still wait for a receipt: the
// outbox rows marked at their current change (client/src/handover/export-file.ts). Kept apart from the sealing code,
// which the home loads only when the button is pressed.
import type { PhieuDb } from '../db/db.ts';

export async function countHandedOver(db: PhieuDb, accountId: number): Promise<number> {
  const rows = await db.outbox.where('accountId').equals(accountId).toArray();
  return rows.filter((row) => row.handedOver?.change === row.change).length;
}
