// The interviews that need the enumerator: refused or in conflict at sync, or returned by the admin — each with
// what the server said (a reason code to translate, or the admin's comment).
import type { Interview } from '#shared/interview/schema.ts';
import type { PhieuDb } from '../db/db.ts';
import type { SyncRecord } from '../db/rows.ts';

export type Attention = { interview: Interview; record: SyncRecord | undefined };

export async function listAttention(db: PhieuDb, accountId: number): Promise<Attention[]> {
  const interviews = await db.interviews.where('[accountId+status]').equals([accountId, 'needs_correction']).toArray();
  const records = await db.syncRecords.bulkGet(interviews.map((interview) => interview.id));
  return interviews
    .map((interview, i) => ({ interview, record: records[i] }))
    .sort((a, b) => a.interview.times.updatedAt.localeCompare(b.interview.times.updatedAt));
}
