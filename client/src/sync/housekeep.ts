// Housekeeping: synced interviews leave the device once their retention ends — the days the admin set for the
// survey after the sync, or else the close of the survey's field window — and never while anything of them is
// unsynced (an outbox row) or not receipted. Answers are sensitive: the device keeps them no longer than needed.
import type { Interview } from '#shared/interview/schema.ts';
import type { PhieuDb } from '../db/db.ts';
import type { SurveyRow, SyncRecord } from '../db/rows.ts';
import { positionKey } from '../db/positions.ts';

const DAY_MS = 24 * 3600 * 1000;

/** When a synced interview may leave the device, or null when the device does not know (no kit for its survey). */
export function retentionEnd(survey: SurveyRow | undefined, record: SyncRecord | undefined): number | null {
  if (!survey || !record?.syncedAt) return null;
  if (survey.retentionDays !== undefined) return Date.parse(record.syncedAt) + survey.retentionDays * DAY_MS;
  return Date.parse(survey.survey.fieldWindow.end);
}

const isSynced = (interview: Interview) => interview.status === 'received' || interview.status === 'approved';

/** Deletes the account's synced interviews past their retention; returns how many left the device. */
export async function housekeep(db: PhieuDb, accountId: number, nowMs: number): Promise<number> {
  return db.transaction('rw', [db.interviews, db.outbox, db.syncRecords, db.surveys, db.settings], async () => {
    const surveys = new Map((await db.surveys.where('accountId').equals(accountId).toArray()).map((row) => [row.slug, row]));
    const gone: string[] = [];
    for (const interview of await db.interviews.where('accountId').equals(accountId).toArray()) {
      if (!isSynced(interview)) continue;
      const [row, record] = await Promise.all([db.outbox.get(interview.id), db.syncRecords.get(interview.id)]);
      const end = retentionEnd(surveys.get(interview.surveySlug), record);
      if (row || end === null || nowMs < end) continue;
      gone.push(interview.id);
    }
    await db.interviews.bulkDelete(gone);
    await db.syncRecords.bulkDelete(gone);
    await db.settings.bulkDelete(gone.map(positionKey)); // the question each last showed: nothing to resume
    return gone.length;
  });
}
