// The account's offline kit in IndexedDB: what GET /api/device/state returned (account, assignments, surveys
// with their published versions, quota counts), replaced as a whole in one transaction so the device never
// holds half of an old state and half of a new one.
import type { DeviceState } from '#shared/api/device.ts';
import type { PhieuDb } from './db.ts';
import type { AccountRow, QuotaRow, SurveyRow } from './rows.ts';

export async function storeDeviceState(db: PhieuDb, state: DeviceState, now: string): Promise<void> {
  const accountId = state.account.id;
  await db.transaction('rw', db.accounts, db.surveys, db.quota, async () => {
    await db.accounts.put({
      id: accountId, account: state.account, assignments: state.assignments, serverTime: state.serverTime, storedAt: now,
      ...(state.handoverKey ? { handoverKey: state.handoverKey } : {}),
    });
    await db.surveys.where('accountId').equals(accountId).delete();
    await db.quota.where('accountId').equals(accountId).delete();
    await db.surveys.bulkPut(state.surveys.map((entry): SurveyRow => ({
      accountId, slug: entry.survey.slug, survey: entry.survey, versions: entry.versions,
      ...(entry.retentionDays !== undefined ? { retentionDays: entry.retentionDays } : {}),
      ...(entry.state !== undefined ? { state: entry.state } : {}),
      ...(entry.heldSerials !== undefined ? { heldSerials: entry.heldSerials } : {}),
    })));
    await db.quota.bulkPut(state.surveys.flatMap((entry) => entry.counts.map((counts): QuotaRow => ({
      ...counts, accountId, surveySlug: entry.survey.slug, serverTime: state.serverTime,
    }))));
  });
}

export function loadAccount(db: PhieuDb, accountId: number): Promise<AccountRow | undefined> {
  return db.accounts.get(accountId);
}

export function loadSurveys(db: PhieuDb, accountId: number): Promise<SurveyRow[]> {
  return db.surveys.where('accountId').equals(accountId).toArray();
}

export function loadSurvey(db: PhieuDb, accountId: number, slug: string): Promise<SurveyRow | undefined> {
  return db.surveys.get([accountId, slug]);
}

export function loadQuota(db: PhieuDb, accountId: number): Promise<QuotaRow[]> {
  return db.quota.where('accountId').equals(accountId).toArray();
}
