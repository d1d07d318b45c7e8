// Finish, reopen and void on the device (client/src/entry/lifecycle.ts): finishing drops off-path answers with
// a notice each and stamps finishedAt; a finished form reopens until the server has it; a void needs a reason,
// keeps the record and moves the outbox row with it.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import { saveAnswers } from '#client/db/drafts.ts';
import { loadInterview } from '#client/db/interviews.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { finishInterview, reopenInterview, voidStored } from '#client/entry/lifecycle.ts';
import { freshDb, startDraft } from '../support/db.ts';

const compiled = compileQuestionnaire(hungYen2026Version1);
const LATER = '2026-05-28T03:00:00.000Z';
const ANSWERS = {
  c1: 1, c2: 45, c3: 4, c4: 2, c5: 3, c7: 3, c8: [1], c10: 2,
  c11_1: 2, c11_2: 3, c11_3: 1, c11_4: 2, c11_5: 4, c12: [3, 4], c13: 2, c14: 3,
};

let db: PhieuDb;
afterEach(() => db?.close());

describe('finish, reopen, void', () => {
  it('finishes with off-path answers dropped and named, then reopens for correction', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    await saveAnswers(db, 7, id, ANSWERS, LATER);
    const finished = await finishInterview(db, 7, id, compiled, LATER);
    expect(finished.ok && finished.notices.map((n) => n.paperNumber)).toEqual(['Câu 8']);
    const stored = await loadInterview(db, 7, id);
    expect(stored).toMatchObject({ status: 'finished', times: { finishedAt: LATER } });
    expect(stored?.answers).toMatchObject({ c8: { missing: -1 }, c9: { missing: -1 }, c15: { missing: -1 } });
    expect((await db.outbox.get(id))?.status).toBe('finished');

    expect((await finishInterview(db, 7, id, compiled, LATER)).ok).toBe(false); // not twice
    expect((await reopenInterview(db, 7, id, LATER)).ok).toBe(true);
    expect((await loadInterview(db, 7, id))?.status).toBe('draft');
  });

  it('refuses a void without a reason, keeps a voided form with its reason, and never reopens it', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    expect(await voidStored(db, 7, id, '   ', LATER)).toEqual({ ok: false, problem: { code: 'entry.void.reason_required', params: {} } });
    expect((await loadInterview(db, 7, id))?.voided).toBeUndefined();
    expect(await voidStored(db, 7, id, 'Phiếu rách', LATER)).toEqual({ ok: true });
    expect((await loadInterview(db, 7, id))?.voided).toEqual({ reason: 'Phiếu rách', at: LATER });
    expect(await voidStored(db, 7, id, 'again', LATER)).toEqual({ ok: false, problem: { code: 'entry.void.already_voided', params: {} } });
    expect(await reopenInterview(db, 7, id, LATER)).toEqual({ ok: false, reason: 'notEditable' });
    expect((await finishInterview(db, 7, id, compiled, LATER)).ok).toBe(false);
  });
});
