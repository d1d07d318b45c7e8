// Step 3 of an upload: the receipts, applied in one IndexedDB transaction after the network call. A stored
// outcome marks the interview synced and clears its outbox row — but only if the row's `change` is still the
// one that was sent: an edit made while the batch was in flight stays queued and goes up next time.
// A refusal or a conflict puts the interview back in the enumerator's hands (needs_correction) with its reason.
import type { ReceiptItem } from '#shared/interview/receipt.ts';
import { isStoredOutcome } from '#shared/interview/outcomes.ts';
import type { BatchResponseV1 } from '#shared/sync/messages.ts';
import type { PhieuDb } from '../db/db.ts';
import type { SyncRecord } from '../db/rows.ts';
import { sentRowOf } from '../db/sent-row.ts';
import type { Outgoing } from './read-outbox.ts';

export type ApplySummary = { stored: number; refused: number; editedMeanwhile: number };

export async function applyReceipts(db: PhieuDb, accountId: number, sent: readonly Outgoing[], answer: BatchResponseV1, now: string): Promise<ApplySummary> {
  const byId = new Map(sent.map((item) => [item.interview.id, item]));
  const summary: ApplySummary = { stored: 0, refused: 0, editedMeanwhile: 0 };
  await db.transaction('rw', [db.interviews, db.outbox, db.syncRecords, db.sent], async () => {
    for (const receipt of answer.receipts) {
      const item = byId.get(receipt.id);
      if (!item) continue;
      const [current, row, previous] = await Promise.all([db.interviews.get(receipt.id), db.outbox.get(receipt.id), db.syncRecords.get(receipt.id)]);
      if (!current || current.accountId !== accountId) continue;
      const unchanged = row !== undefined && row.change === item.change;
      const stored = isStoredOutcome(receipt.outcome);
      const record: SyncRecord = {
        interviewId: receipt.id, accountId, serverRevision: serverRevisionOf(receipt, item, previous),
        syncedAt: stored && unchanged ? now : null, outcome: receipt.outcome, flags: receipt.flags,
        ...(receipt.reason ? { reason: receipt.reason } : {}), ...(receipt.issues ? { issues: receipt.issues } : {}),
        change: item.change, at: now,
      };
      await db.syncRecords.put(record);
      if (!unchanged) {
        summary.editedMeanwhile++;
        continue;
      }
      if (stored) {
        // What the server holds is what was sent (its revision included), now with the device's "synced" status.
        await db.interviews.put({ ...item.interview, status: 'received' });
        await db.outbox.delete(receipt.id);
        // Listed as sent, and its serial remembered, after housekeeping removes the answers (issue 16).
        await db.sent.put(sentRowOf(item.interview, now, receipt.flags));
        summary.stored++;
      } else {
        // Kept, and held (not resent) until the enumerator corrects it and finishes it again.
        await db.interviews.put({ ...current, status: 'needs_correction' });
        await db.outbox.put({ ...row, status: 'needs_correction' });
        summary.refused++;
      }
    }
  });
  return summary;
}

/** The revision the server holds after this receipt: given on the receipt, or a conflict's serverRevision. */
function serverRevisionOf(receipt: ReceiptItem, item: Outgoing, previous: SyncRecord | undefined): number | null {
  if (receipt.revision !== undefined) return receipt.revision;
  if (isStoredOutcome(receipt.outcome)) return item.interview.revision;
  const fromConflict = Number(receipt.reason?.params?.serverRevision);
  return Number.isInteger(fromConflict) && fromConflict > 0 ? fromConflict : previous?.serverRevision ?? null;
}
