// "Xuất phiếu ra tệp": every finished interview of this account waiting in the outbox, exactly as the next sync would
// send it, sealed into one hand-over file. The outbox rows stay (sync still sends them, and the server answers
// `duplicate` once the file was imported); each is marked with the change it was written at.
import { handoverFileName, type HandoverFile } from '#shared/handover/format.ts';
import { CURRENT_SYNC_PROTOCOL, MAX_INTERVIEWS_PER_BATCH, type BatchV1 } from '#shared/sync/messages.ts';
import type { PhieuDb } from '../db/db.ts';
import { readOutbox } from '../sync/read-outbox.ts';
import { sealHandover } from './seal.ts';

export type HandoverExport =
  | { kind: 'none' }
  /** No server key (the device never synced with a server that has one) or no registered device key. */
  | { kind: 'noKey' }
  | { kind: 'written'; name: string; text: string; count: number };

export async function exportHandover(db: PhieuDb, accountId: number, now: string): Promise<HandoverExport> {
  const [device, account] = await Promise.all([db.devices.get(accountId), db.accounts.get(accountId)]);
  if (!device?.keyPair || !account?.handoverKey) return { kind: 'noKey' };
  // One file holds at most one batch; a device with more exports again for the rest (the marked ones go first
  // again only if they are still unconfirmed, which is harmless: the server answers duplicate).
  const { outgoing } = await readOutbox(db, accountId, MAX_INTERVIEWS_PER_BATCH);
  if (outgoing.length === 0) return { kind: 'none' };
  const batch: BatchV1 = {
    protocol: CURRENT_SYNC_PROTOCOL, batchId: crypto.randomUUID(), deviceId: device.deviceId, sentAt: now,
    interviews: outgoing.map((item) => item.interview),
  };
  const file: HandoverFile = await sealHandover(batch, { deviceId: device.deviceId, privateKey: device.keyPair.privateKey }, account.handoverKey, now);
  await db.transaction('rw', db.outbox, async () => {
    for (const item of outgoing) {
      const row = await db.outbox.get(item.interview.id);
      // Edited while the file was being written: the file holds the older change, which is not this row's.
      if (row && row.change === item.change) await db.outbox.put({ ...row, handedOver: { at: now, change: item.change } });
    }
  });
  return { kind: 'written', name: handoverFileName(device.deviceId, now), text: JSON.stringify(file), count: outgoing.length };
}
