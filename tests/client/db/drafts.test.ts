// The draft store: each answer is saved as given, with its outbox row in the same transaction; writes to one
// draft land in the order they were made; refusals and failures come back as data and touch nothing.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InterviewSchema } from '#shared/interview/schema.ts';
import { flushDrafts, saveAnswer, saveAnswers, updateInterview } from '#client/db/drafts.ts';
import { loadInterview } from '#client/db/interviews.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { AT, freshDb, startDraft } from '../support/db.ts';

let db: PhieuDb;
afterEach(async () => { db?.close(); vi.restoreAllMocks(); });

const LATER = '2026-05-28T02:05:00.000Z';

describe('createDraft', () => {
  it('stores a valid draft with the unit pre-filled and an outbox row', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    const stored = await loadInterview(db, 7, id);
    expect(InterviewSchema.safeParse(stored).success).toBe(true);
    expect(stored).toMatchObject({ status: 'draft', unitNo: '01', serial: '0101', answers: { c6: '01' }, revision: 1, baseRevision: null });
    expect(await db.outbox.get(id)).toEqual({
      interviewId: id, accountId: 7, surveySlug: 'hung-yen-2026', unitNo: '01', status: 'draft', change: 1, queuedAt: AT, changedAt: AT,
    });
  });

  it('refuses a second draft with the same id and keeps the first', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    await expect(startDraft(db, 7, '01', '0102', id)).rejects.toThrow('invalid');
    expect((await loadInterview(db, 7, id))?.serial).toBe('0101');
  });
});

describe('saveAnswer', () => {
  it('saves each answer and bumps the outbox row in the same write', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    expect((await saveAnswer(db, 7, id, 'c1', 2, LATER)).ok).toBe(true);
    expect((await saveAnswer(db, 7, id, 'c8', [1, 3], LATER)).ok).toBe(true);
    const stored = await loadInterview(db, 7, id);
    expect(stored?.answers).toEqual({ c6: '01', c1: 2, c8: [1, 3] });
    expect(stored?.times.updatedAt).toBe(LATER);
    expect(await db.outbox.get(id)).toMatchObject({ change: 3, queuedAt: AT, changedAt: LATER });
  });

  it('clears an answer with undefined', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    await saveAnswer(db, 7, id, 'c2', 45, LATER);
    await saveAnswer(db, 7, id, 'c2', undefined, LATER);
    expect((await loadInterview(db, 7, id))?.answers).toEqual({ c6: '01' });
  });

  it('keeps keystrokes in order even when fired without waiting', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    const text = 'Cần rút ngắn thời gian';
    const writes = [...text].map((_, i) => saveAnswer(db, 7, id, 'c16', text.slice(0, i + 1), LATER));
    await flushDrafts();
    expect((await Promise.all(writes)).every((r) => r.ok)).toBe(true);
    expect((await loadInterview(db, 7, id))?.answers.c16).toBe(text);
    expect((await db.outbox.get(id))?.change).toBe(text.length + 1);
  });

  it('refuses a finished or voided interview and changes nothing', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    await updateInterview(db, 7, id, LATER, (current) => ({ ...current, status: 'finished' }));
    const before = await db.outbox.get(id);
    expect(await saveAnswer(db, 7, id, 'c1', 1, LATER)).toEqual({ ok: false, reason: 'notEditable' });
    expect((await loadInterview(db, 7, id))?.answers.c1).toBeUndefined();
    expect(await db.outbox.get(id)).toEqual(before);
  });

  it('keeps even a value of the wrong shape with its outbox row: the device never refuses what was given', async () => {
    // The server is the validation boundary (decision 0010): it sends such an interview back for correction.
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    const odd = { nested: { object: true } } as unknown as number;
    expect(await saveAnswer(db, 7, id, 'c1', odd, LATER)).toMatchObject({ ok: true });
    expect((await db.interviews.get(id))?.answers.c1).toEqual({ nested: { object: true } });
    expect((await db.outbox.get(id))?.change).toBe(2);
  });

  it('reports storage full as data when the write aborts, and what was saved before stays', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    await saveAnswer(db, 7, id, 'c1', 2, LATER);
    // The outbox write fails the way a full disk does: the whole transaction aborts, the interview row too.
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.outbox, 'put').mockImplementationOnce(() => Promise.reject(quota) as never);
    expect(await saveAnswer(db, 7, id, 'c2', 45, LATER)).toEqual({ ok: false, reason: 'storageFull' });
    expect((await loadInterview(db, 7, id))?.answers).toEqual({ c6: '01', c1: 2 });
    expect((await db.outbox.get(id))?.change).toBe(2);
  });

  it('answers notFound for an unknown id', async () => {
    db = freshDb();
    expect(await saveAnswer(db, 7, crypto.randomUUID(), 'c1', 1, LATER)).toEqual({ ok: false, reason: 'notFound' });
  });
});

describe('saveAnswers', () => {
  it('writes a patch of several answers at once', async () => {
    db = freshDb();
    const id = await startDraft(db, 7, '01', '0101');
    await saveAnswers(db, 7, id, { c7: 1, c8: [6], c8_other: 'Loa phường' }, LATER);
    expect((await loadInterview(db, 7, id))?.answers).toEqual({ c6: '01', c7: 1, c8: [6], c8_other: 'Loa phường' });
  });
});
