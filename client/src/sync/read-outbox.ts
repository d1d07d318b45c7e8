// Step 1 of an upload: read, in one IndexedDB read transaction and with no network, the account's finished
// interviews waiting in the outbox (up to one batch) and the inventory of every finished interview on the device.
import type { Interview } from '#shared/interview/schema.ts';
import { MAX_INVENTORY_ITEMS, type InventoryItem } from '#shared/sync/messages.ts';
import type { PhieuDb } from '../db/db.ts';
import type { SyncRecord } from '../db/rows.ts';

/** One interview to upload, as sent, with the outbox change it was read at (the receipt is applied against it). */
export type Outgoing = { interview: Interview; change: number };
export type OutboxRead = { outgoing: Outgoing[]; inventory: InventoryItem[]; waiting: number };

export async function readOutbox(db: PhieuDb, accountId: number, limit: number, exclude: ReadonlySet<string> = new Set()): Promise<OutboxRead> {
  return db.transaction('r', db.outbox, db.interviews, db.syncRecords, async () => {
    const rows = await db.outbox.where('[accountId+status]').equals([accountId, 'finished']).toArray();
    rows.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.interviewId.localeCompare(b.interviewId));
    const candidates = rows.filter((row) => !exclude.has(row.interviewId));
    const outgoing: Outgoing[] = [];
    for (const row of candidates) {
      if (outgoing.length >= limit) break;
      const [interview, record] = await Promise.all([db.interviews.get(row.interviewId), db.syncRecords.get(row.interviewId)]);
      if (!interview || interview.accountId !== accountId || interview.status !== 'finished') continue;
      outgoing.push({ interview: revisedForServer(interview, record), change: row.change });
    }
    const inventory: InventoryItem[] = [];
    await db.interviews.where('accountId').equals(accountId).each((interview) => {
      if (interview.status === 'draft' || interview.practice || interview.voided || inventory.length >= MAX_INVENTORY_ITEMS) return;
      inventory.push({ id: interview.id, revision: interview.revision, surveySlug: interview.surveySlug, unitNo: interview.unitNo });
    });
    return { outgoing, inventory, waiting: candidates.length };
  });
}

/**
 * A changed interview the server already holds goes up as the next revision of what this device last knew the
 * server held (`baseRevision`): a correction after a refusal, a conflict or a return is then an update, and a
 * change made elsewhere on the server in between still shows as a conflict.
 */
export function revisedForServer(interview: Interview, record: SyncRecord | undefined): Interview {
  const held = record?.serverRevision ?? null;
  if (held === null) return interview;
  return { ...interview, baseRevision: held, revision: Math.max(interview.revision, held + 1) };
}
