// A laptop shared by clerks: every read goes through the account, so each sees only their own interviews,
// and signing out leaves a clerk's unsynced work on the device, tied to their account.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '#client/db/drafts.ts';
import { listInterviews, loadInterview, unsyncedSummary, usedSerials } from '#client/db/interviews.ts';
import { loadHome } from '#client/db/home.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { clearLocalAccount, readLocalAccount, setLocalAccount } from '#client/session/local-account.ts';
import { freshDb, startDraft, withKit } from '../support/db.ts';

let db: PhieuDb;
afterEach(() => db?.close());

describe('account scoping', () => {
  it('never hands one account the other’s interviews', async () => {
    db = freshDb();
    const mine = await startDraft(db, 1, '01', '0101');
    const theirs = await startDraft(db, 2, '03', '0301');
    expect((await listInterviews(db, 1)).map((i) => i.id)).toEqual([mine]);
    expect((await listInterviews(db, 2)).map((i) => i.id)).toEqual([theirs]);
    expect(await loadInterview(db, 1, theirs)).toBeUndefined();
  });

  it('refuses to write into another account’s interview', async () => {
    db = freshDb();
    const theirs = await startDraft(db, 2, '03', '0301');
    expect(await saveAnswer(db, 1, theirs, 'c1', 1, '2026-05-28T03:00:00.000Z')).toEqual({ ok: false, reason: 'notFound' });
    expect((await loadInterview(db, 2, theirs))?.answers.c1).toBeUndefined();
  });

  it('scopes the home screen: states, units and quota of the signed-in account only', async () => {
    db = freshDb();
    await withKit(db, 1, ['01', '02']);
    await withKit(db, 2, ['03']);
    await startDraft(db, 1, '01', '0101');
    await startDraft(db, 2, '03', '0301');
    const home = await loadHome(db, 1);
    expect(home.byState.draft).toHaveLength(1);
    expect(home.surveys.flatMap((s) => s.units.map((u) => u.unit.no))).toEqual(['01', '02']);
  });

  it('keeps unsynced work tied to its account after sign-out, and back at the next sign-in', async () => {
    db = freshDb();
    await withKit(db, 1, ['01']);
    await withKit(db, 2, ['03']);
    const id = await startDraft(db, 1, '01', '0101');
    await setLocalAccount(db, 1);
    expect((await readLocalAccount(db))?.account.id).toBe(1);
    await clearLocalAccount(db);
    expect(await readLocalAccount(db)).toBeUndefined();
    const device = await unsyncedSummary(db);
    expect(device.byAccount.get(1)).toBe(1);
    await setLocalAccount(db, 2);
    expect(await listInterviews(db, 2)).toEqual([]);
    await setLocalAccount(db, 1);
    expect((await listInterviews(db, 1)).map((i) => i.id)).toEqual([id]);
  });

  it('knows the paper serials used on the device for a unit, whoever keyed them', async () => {
    db = freshDb();
    await startDraft(db, 1, '01', '0101');
    await startDraft(db, 2, '01', '0102');
    await startDraft(db, 2, '02', '0201');
    expect((await usedSerials(db, 'hung-yen-2026', '01')).sort()).toEqual(['0101', '0102']);
  });
});
