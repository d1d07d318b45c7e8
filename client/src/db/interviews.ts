// Reading interviews back, always through the account that owns them: a clerk on a shared laptop never
// receives another clerk's rows from any of these functions.
import type { Interview } from '#shared/interview/schema.ts';
import type { PhieuDb } from './db.ts';

export async function loadInterview(db: PhieuDb, accountId: number, id: string): Promise<Interview | undefined> {
  const found = await db.interviews.get(id);
  return found && found.accountId === accountId ? found : undefined;
}

export function listInterviews(db: PhieuDb, accountId: number): Promise<Interview[]> {
  return db.interviews.where('accountId').equals(accountId).toArray();
}

/** Serials used on this device for a unit of a survey, by any account: a paper serial is the form's, not the clerk's. */
export async function usedSerials(db: PhieuDb, surveySlug: string, unitNo: string): Promise<string[]> {
  const serials: string[] = [];
  await db.interviews.where('[surveySlug+unitNo]').equals([surveySlug, unitNo]).each((interview) => {
    if (interview.serial !== undefined && interview.voided === undefined) serials.push(interview.serial);
  });
  return serials;
}

export type UnsyncedSummary = { count: number; oldestQueuedAt: string | null; byAccount: Map<number, number> };

/** Interviews with changes the server has not receipted, for one account or (no account) the whole device. */
export async function unsyncedSummary(db: PhieuDb, accountId?: number): Promise<UnsyncedSummary> {
  const rows = accountId === undefined ? await db.outbox.toArray() : await db.outbox.where('accountId').equals(accountId).toArray();
  const byAccount = new Map<number, number>();
  let oldest: string | null = null;
  for (const row of rows) {
    byAccount.set(row.accountId, (byAccount.get(row.accountId) ?? 0) + 1);
    if (oldest === null || row.queuedAt < oldest) oldest = row.queuedAt;
  }
  return { count: rows.length, oldestQueuedAt: oldest, byAccount };
}
