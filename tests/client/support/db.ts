// A fresh device database per test on fake-indexeddb (imported first, so Dexie finds it), with the demo
// survey's offline kit for an account and a helper that starts drafts the way the app does.
import 'fake-indexeddb/auto';
import type { DeviceState } from '#shared/api/device.ts';
import type { Account } from '#shared/accounts/schema.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { openDb, SCHEMA, type PhieuDb, type SchemaVersion } from '#client/db/db.ts';
import { storeDeviceState } from '#client/db/device-state.ts';
import { createDraft } from '#client/db/drafts.ts';

let counter = 0;

export function freshDbName(): string {
  counter += 1;
  return `phieu-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function freshDb(schema: readonly SchemaVersion[] = SCHEMA, name = freshDbName()): PhieuDb {
  return openDb(name, schema);
}

export const AT = '2026-05-28T02:00:00.000Z';

export function account(id: number, username = `dtv0${id}`): Account {
  return { id, username, displayName: `Điều tra viên ${id}`, role: 'enumerator', disabled: false, createdAt: AT };
}

/** The device state the server would send an enumerator working on the given units of the demo survey. */
export function demoState(accountId: number, unitNos: string[], counts: Record<string, number> = {}): DeviceState {
  const survey = { ...hungYen2026.survey, units: hungYen2026.survey.units.filter((u) => unitNos.includes(u.no)) };
  return {
    account: account(accountId),
    assignments: unitNos.map((unitNo) => ({ accountId, surveySlug: survey.slug, unitNo })),
    surveys: [{
      survey, versions: hungYen2026.versions,
      counts: unitNos.map((unitNo) => ({ unitNo, received: counts[unitNo] ?? 0, approved: 0, flagged: 0 })),
    }],
    serverTime: AT,
  };
}

export async function withKit(db: PhieuDb, accountId: number, unitNos: string[], counts?: Record<string, number>): Promise<void> {
  await storeDeviceState(db, demoState(accountId, unitNos, counts), AT);
}

export const DEVICE_ID = '5f0c6a4e-8a55-4d55-9a43-0f6f1c1f8c11';

export async function startDraft(db: PhieuDb, accountId: number, unitNo: string, serial: string, id: string = crypto.randomUUID()): Promise<string> {
  const result = await createDraft(db, {
    id, accountId, deviceId: DEVICE_ID, surveySlug: 'hung-yen-2026', questionnaireVersion: 1, unitNo, serial, unitVariable: 'c6',
  }, AT);
  if (!result.ok) throw new Error(`draft not created: ${result.reason}`);
  return id;
}
