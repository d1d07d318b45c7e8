// A second keying on the device (issue 20, double keying): the paper keying session marked as second keyings
// creates its drafts with the record's mark, and a serial already keyed on the device is not refused.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { hungYen2026, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { loadInterview } from '#client/db/interviews.ts';
import { openKeyingSession, type KeyingSetup } from '#client/entry/keying-session.ts';
import { persistValues } from '#client/entry/persist-values.ts';
import { freshDb } from '../support/db.ts';

const AT = '2026-05-28T03:00:00.000Z';
let db: PhieuDb;
afterEach(() => db?.close());

const setupOf = (second: boolean, others: KeyingSetup['others'] = []): KeyingSetup => ({
  db, accountId: 7, deviceId: crypto.randomUUID(), surveySlug: hungYen2026.survey.slug, unitNo: '01', year: 2026,
  compiled: compileQuestionnaire(hungYen2026Version1), unitVariable: 'c6', practice: false, others, footer: undefined,
  unit: { no: '01', quota: 45 }, serialRanges: undefined, second: () => second,
});

describe('second keying on the device', () => {
  it('marks the drafts it creates, and only those', async () => {
    db = freshDb();
    const second = await persistValues(setupOf(true), undefined, { answers: {}, serial: '0105' }, AT);
    const first = await persistValues(setupOf(false), undefined, { answers: {}, serial: '0106' }, AT);
    expect(second.ok && first.ok).toBe(true);
    if (!second.ok || !first.ok) return;
    expect((await loadInterview(db, 7, second.persisted!.id))?.secondKeying).toBe(true);
    expect((await loadInterview(db, 7, first.persisted!.id))?.secondKeying).toBeUndefined();
  });

  it('takes a serial already keyed on the device when keying a second time, and refuses it otherwise', () => {
    db = freshDb();
    const others: KeyingSetup['others'] = [{ id: crypto.randomUUID(), surveySlug: hungYen2026.survey.slug, serial: '0105', practice: false }];
    const type = (second: boolean) => createRoot((dispose) => {
      const session = openKeyingSession(setupOf(second, others));
      for (const key of ['0', '1', '0', '5']) session.press(key, 0);
      const state = session.state();
      dispose();
      return state;
    });
    const refused = type(false);
    const taken = type(true);
    expect(refused.error?.code).toMatch(/serial/i);
    expect(refused.values.serial).toBeUndefined();
    expect(taken.error ?? null).toBeNull();
    expect(taken.values.serial).toBe('0105');
  });
});
