// What a sign-out leaves behind on the device for one account: drafts in progress and finished interviews the
// server has not receipted, counted apart so the confirmation can name both.
import type { PhieuDb } from '../db/db.ts';
import { listInterviews } from '../db/interviews.ts';

export type UnsyncedWork = { drafts: number; waiting: number };

export async function unsyncedWork(db: PhieuDb, accountId: number): Promise<UnsyncedWork> {
  const [interviews, outbox] = await Promise.all([listInterviews(db, accountId), db.outbox.where('accountId').equals(accountId).toArray()]);
  const drafts = interviews.filter((interview) => interview.status === 'draft' && interview.voided === undefined).length;
  // A draft's outbox row is not waiting to be sent: only finished changes go up.
  const waiting = outbox.filter((row) => row.status !== 'draft').length;
  return { drafts, waiting };
}
