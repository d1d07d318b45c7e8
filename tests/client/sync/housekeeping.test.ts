// What the server sends down besides the kit, and what leaves the device: interviews returned for correction
// (with the admin's comment, never over unsynced local work), and synced interviews past their retention only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhieuDb } from '#client/db/db.ts';
import { saveAnswer, updateInterview } from '#client/db/drafts.ts';
import { storeDeviceState } from '#client/db/device-state.ts';
import { applyReturned } from '#client/sync/apply-returned.ts';
import { housekeep, retentionEnd } from '#client/sync/housekeep.ts';
import { loadPosition, savePosition } from '#client/db/positions.ts';
import { readOutbox } from '#client/sync/read-outbox.ts';
import { runSync } from '#client/sync/run-sync.ts';
import { AT, demoState, startDraft } from '../support/db.ts';
import { ACCOUNT, deviceWithKit, fakeServer, finishedInterview } from './support.ts';

let db: PhieuDb;
afterEach(() => { db?.close(); vi.unstubAllGlobals(); });

const SYNCED_AT = Date.parse('2026-05-30T03:00:00.000Z');
const WINDOW_END = Date.parse('2026-06-02T23:59:59+07:00');

async function syncAll(at: number): Promise<void> {
  fakeServer();
  const outcome = await runSync({ db, now: () => at }, ACCOUNT);
  if (outcome.kind !== 'done') throw new Error(`sync ${outcome.kind}`);
}

describe('housekeep', () => {
  it('keeps synced interviews until the field window closes, then removes them; unsynced work always stays', async () => {
    db = await deviceWithKit();
    const synced = await finishedInterview(db, '01', '0101');
    await savePosition(db, ACCOUNT, synced, 'c16');
    await syncAll(SYNCED_AT);
    const waiting = await finishedInterview(db, '01', '0102');
    const draft = await startDraft(db, ACCOUNT, '01', '0103');
    await savePosition(db, ACCOUNT, draft, 'c3');
    expect(retentionEnd(await db.surveys.get([ACCOUNT, 'hung-yen-2026']), await db.syncRecords.get(synced))).toBe(WINDOW_END);

    expect(await housekeep(db, ACCOUNT, WINDOW_END - 1)).toBe(0);
    expect(await housekeep(db, ACCOUNT, WINDOW_END)).toBe(1);
    expect(await db.interviews.get(synced)).toBeUndefined();
    expect(await db.syncRecords.get(synced)).toBeUndefined();
    // Its bookmark (the question it last showed) goes with it; a draft's stays.
    expect([await loadPosition(db, ACCOUNT, synced), await loadPosition(db, ACCOUNT, draft)]).toEqual([undefined, 'c3']);
    expect(await housekeep(db, ACCOUNT, WINDOW_END + 365 * 86_400_000)).toBe(0);
    expect((await db.interviews.bulkGet([waiting, draft])).map((i) => i?.status)).toEqual(['finished', 'draft']);
  });

  it('follows the admin’s retention days when the state carries them, and never removes a synced form edited since', async () => {
    db = await deviceWithKit();
    const state = demoState(ACCOUNT, ['01', '02']);
    await storeDeviceState(db, { ...state, surveys: state.surveys.map((s) => ({ ...s, retentionDays: 2 })) }, AT);
    const kept = await finishedInterview(db, '01', '0101');
    const edited = await finishedInterview(db, '01', '0102');
    fakeServer();
    await runSync({ db, now: () => SYNCED_AT }, ACCOUNT);
    // The sync's own pull replaced the kit without retention days: store them again, as a server that sets them would.
    await storeDeviceState(db, { ...state, surveys: state.surveys.map((s) => ({ ...s, retentionDays: 2 })) }, AT);
    // Returned and being corrected: an outbox row again, so it stays whatever its age.
    await applyReturned(db, ACCOUNT, [{ interview: { ...(await db.interviews.get(edited))!, status: 'needs_correction' }, comment: 'Câu 2', returnedAt: AT }], AT);
    await saveAnswer(db, ACCOUNT, edited, 'c1', 1, AT);

    expect(await housekeep(db, ACCOUNT, SYNCED_AT + 2 * 86_400_000 - 1)).toBe(0);
    expect(await housekeep(db, ACCOUNT, SYNCED_AT + 2 * 86_400_000)).toBe(1);
    expect(await db.interviews.get(kept)).toBeUndefined();
    expect(await db.interviews.get(edited)).toBeDefined();
  });
});

describe('applyReturned', () => {
  it('hands a returned interview back with the admin’s comment, brings one back that had left, and resends it as an update', async () => {
    db = await deviceWithKit();
    const onDevice = await finishedInterview(db, '01', '0101');
    const gone = await finishedInterview(db, '01', '0102');
    await syncAll(SYNCED_AT);
    const serverCopyOfGone = { ...(await db.interviews.get(gone))!, status: 'needs_correction' as const };
    await db.interviews.delete(gone); // housekept earlier
    const onServer = { ...(await db.interviews.get(onDevice))!, status: 'needs_correction' as const };

    const returned = [
      { interview: onServer, comment: 'Câu 11.3 chưa rõ', returnedAt: AT },
      { interview: serverCopyOfGone, comment: 'Thiếu câu 2', returnedAt: AT },
    ];
    expect(await applyReturned(db, ACCOUNT, returned, AT)).toBe(2);
    expect(await applyReturned(db, ACCOUNT, returned, AT)).toBe(0); // once
    expect((await db.interviews.get(onDevice))?.status).toBe('needs_correction');
    expect((await db.interviews.get(gone))?.status).toBe('needs_correction');
    expect(await db.syncRecords.get(onDevice)).toMatchObject({ outcome: 'returned', comment: 'Câu 11.3 chưa rõ', serverRevision: 1 });

    // Corrected and finished: revision 2 based on the server's 1.
    await saveAnswer(db, ACCOUNT, onDevice, 'c1', 3, AT);
    await updateInterview(db, ACCOUNT, onDevice, AT, (current) => ({ ...current, status: 'finished' }));
    const read = await readOutbox(db, ACCOUNT, 50);
    expect(read.outgoing.map((item) => [item.interview.id, item.interview.revision, item.interview.baseRevision])).toEqual([[onDevice, 2, 1]]);
    // Local work not yet receipted is never overwritten by a return.
    expect(await applyReturned(db, ACCOUNT, [{ interview: onServer, comment: 'again', returnedAt: AT }], AT)).toBe(0);
    expect((await db.interviews.get(onDevice))?.answers.c1).toBe(3);
  });
});
