// Page code shared by the in-browser benches: a device that already holds `count` generated interviews of units
// 01 and 02 (unit 07 left empty), each with its outbox row, as a field week leaves it.
import type { PhieuDb } from '../../../client/src/db/db.ts';
import { generateInterviews } from '../../../shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';

export async function storeInterviews(db: PhieuDb, count: number): Promise<void> {
  const interviews = generateInterviews({ version: hungYen2026Version1, count, unitNos: ['01', '02'], seed: 7, accountId: 1 });
  const now = new Date().toISOString();
  await db.transaction('rw', db.interviews, db.outbox, async () => {
    await db.interviews.bulkPut(interviews);
    await db.outbox.bulkPut(interviews.map((i) => ({
      interviewId: i.id, accountId: 1, surveySlug: i.surveySlug, unitNo: i.unitNo, status: i.status, change: 1, queuedAt: now, changedAt: now,
    })));
  });
}
