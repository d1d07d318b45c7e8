// The home screen's figures: interviews by state, and per unit the target, the server's last count (with its
// date) and what waits on this device — through the shared quota arithmetic.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import { progress, sumProgress } from '#shared/quota/progress.ts';
import { updateInterview } from '#client/db/drafts.ts';
import { homeStateOf, loadHome } from '#client/db/home.ts';
import { countWaiting } from '#client/db/work-counts.ts';
import { sentRowOf } from '#client/db/sent-row.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { storeDeviceState } from '#client/db/device-state.ts';
import { AT, demoState, freshDb, startDraft, withKit } from '../support/db.ts';

let db: PhieuDb;
afterEach(() => db?.close());

const finish = (id: string, extra: object = {}) =>
  updateInterview(db, 1, id, AT, (current) => ({ ...current, status: 'finished', ...extra }));

describe('loadHome', () => {
  it('groups interviews by state and counts only finished, counted ones as waiting', async () => {
    db = freshDb();
    await withKit(db, 1, ['01', '02'], { '01': 12, '02': 50 });
    await startDraft(db, 1, '01', '0101');
    await finish(await startDraft(db, 1, '01', '0102'));
    await finish(await startDraft(db, 1, '01', '0103'));
    await finish(await startDraft(db, 1, '01', '0104'), { practice: true });
    await finish(await startDraft(db, 1, '02', '0201'), { voided: { reason: 'Nhập nhầm', at: AT } });
    await updateInterview(db, 1, await startDraft(db, 1, '02', '0202'), AT, (c) => ({ ...c, status: 'approved' }));
    await updateInterview(db, 1, await startDraft(db, 1, '02', '0203'), AT, (c) => ({ ...c, status: 'needs_correction' }));
    const voidedDraft = await startDraft(db, 1, '02', '0204');
    await updateInterview(db, 1, voidedDraft, AT, (c) => ({ ...c, voided: { reason: 'Bỏ dở', at: AT } }));

    const home = await loadHome(db, 1);
    // A voided finished form still goes up (its voiding is sent): it waits with the finished ones. A voided
    // draft is never sent: it is listed as voided and waits for nothing (issue 16).
    expect(Object.fromEntries(Object.entries(home.byState).map(([state, list]) => [state, list.length]))).toEqual({
      draft: 1, finished: 4, synced: 1, needs_correction: 1, rejected: 0,
    });
    expect(home.voided.map((i) => i.id)).toEqual([voidedDraft]);
    // The tiles and the sync card's "waiting" are the same figures; a synced form counts once.
    expect(home.counts).toEqual({ draft: 1, finished: 4, synced: 1, needs_correction: 1, rejected: 0, voided: 1 });
    expect(await countWaiting(db, 1)).toBe(home.counts.finished);
    const [survey] = home.surveys;
    const unit01 = survey!.units.find((u) => u.unit.no === '01')!;
    const unit02 = survey!.units.find((u) => u.unit.no === '02')!;
    expect(unit01.progress).toEqual(progress(45, { received: 12, approved: 0, flagged: 0 }, 2));
    expect(unit01.serverTime).toBe(AT);
    expect(unit02.progress).toEqual(progress(45, { received: 50, approved: 0, flagged: 0 }, 0));
    expect(unit02.progress.overBy).toBe(5);
    expect(survey!.total).toEqual(sumProgress([unit01.progress, unit02.progress]));
  });

  it('lists a second keying like any form but never counts it for the unit, waiting or sent (decision 0019)', async () => {
    db = freshDb();
    await withKit(db, 1, ['01'], { '01': 12 });
    await finish(await startDraft(db, 1, '01', '0102'));
    const second = await startDraft(db, 1, '01', '0101');
    await finish(second, { secondKeying: true });
    const sentSecond = await startDraft(db, 1, '01', '0103');
    await finish(sentSecond, { secondKeying: true });
    const stored = await db.interviews.get(sentSecond);
    await db.sent.put(sentRowOf(stored!, AT, []));
    await db.interviews.delete(sentSecond);

    const home = await loadHome(db, 1);
    expect(home.counts.finished).toBe(2);
    expect(home.sent).toEqual([expect.objectContaining({ interviewId: sentSecond, secondKeying: true })]);
    const unit = home.surveys[0]!.units[0]!;
    expect(unit.progress).toEqual(progress(45, { received: 12, approved: 0, flagged: 0 }, 1));
    expect(unit.mine).toBe(1);
  });

  it('shows the sub-quota cells still needed, counting this device’s unsent forms as waiting', async () => {
    db = freshDb();
    const state = demoState(1, ['01']);
    const entry = state.surveys[0]!;
    entry.survey = { ...entry.survey, subQuotas: { variable: 'c1', targets: { '01': { '1': 22, '2': 23 } } } };
    entry.counts = [{ unitNo: '01', received: 30, approved: 0, flagged: 0, cells: {
      '1': { received: 22, approved: 0, flagged: 0 }, '2': { received: 8, approved: 0, flagged: 0 },
    } }];
    await storeDeviceState(db, state, AT);
    await finish(await startDraft(db, 1, '01', '0131'), { answers: { c1: 2 } });

    const [survey] = (await loadHome(db, 1)).surveys;
    expect(survey!.subQuota).toMatchObject({ variable: 'c1', paperNumber: 'Câu 1', options: [{ code: '1', label: 'Nam' }, { code: '2', label: 'Nữ' }] });
    expect(survey!.units[0]!.cells).toEqual([
      expect.objectContaining({ code: '1', target: 22, received: 22, waiting: 0, remaining: 0 }),
      expect.objectContaining({ code: '2', target: 23, received: 8, waiting: 1, remaining: 15 }),
    ]);
  });

  it('has no cells for a survey without sub-quotas', async () => {
    db = freshDb();
    await withKit(db, 1, ['01']);
    expect((await loadHome(db, 1)).surveys[0]!.units[0]!.cells).toEqual([]);
  });

  it('is empty but complete for an account with no kit yet', async () => {
    db = freshDb();
    const home = await loadHome(db, 9);
    expect(home.surveys).toEqual([]);
    expect(home.byState.draft).toEqual([]);
  });
});

describe('homeStateOf', () => {
  it('shows received and approved as synced, the rest as themselves', () => {
    expect(homeStateOf('received')).toBe('synced');
    expect(homeStateOf('approved')).toBe('synced');
    expect(homeStateOf('needs_correction')).toBe('needs_correction');
    expect(homeStateOf('rejected')).toBe('rejected');
  });
});
