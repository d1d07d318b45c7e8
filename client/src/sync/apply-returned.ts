// Interviews the admin returned for correction, from the device state: each becomes (or is brought back onto the
// device as) an interview with status needs_correction, with the admin's comment beside it. Local work the server
// has not receipted is never overwritten: it goes up first, and the server decides.
import type { ReturnedInterview } from '#shared/api/device.ts';
import type { PhieuDb } from '../db/db.ts';

export async function applyReturned(db: PhieuDb, accountId: number, returned: readonly ReturnedInterview[], now: string): Promise<number> {
  let applied = 0;
  await db.transaction('rw', db.interviews, db.outbox, db.syncRecords, async () => {
    for (const { interview, comment } of returned) {
      if (interview.accountId !== accountId) continue;
      const [current, row, record] = await Promise.all([db.interviews.get(interview.id), db.outbox.get(interview.id), db.syncRecords.get(interview.id)]);
      if (row || (current && current.accountId !== accountId)) continue;
      if (current && current.revision > interview.revision) continue; // the device is already past it
      if (current?.status === 'needs_correction' && record?.outcome === 'returned' && record.serverRevision === interview.revision) continue;
      await db.interviews.put(current && current.revision === interview.revision ? { ...current, status: 'needs_correction' } : interview);
      await db.syncRecords.put({
        interviewId: interview.id, accountId, serverRevision: interview.revision, syncedAt: record?.syncedAt ?? null,
        outcome: 'returned', flags: record?.flags ?? [], comment, change: 0, at: now,
      });
      applied++;
    }
  });
  return applied;
}
