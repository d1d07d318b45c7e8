// The three steps of an upload on their own: reading the outbox (a batch and the inventory), and applying the
// receipts against the outbox's change counter, refusals and conflicts included.
import { afterEach, describe, expect, it } from 'vitest';
import type { PhieuDb } from '#client/db/db.ts';
import { saveAnswer, updateInterview } from '#client/db/drafts.ts';
import { readOutbox } from '#client/sync/read-outbox.ts';
import { applyReceipts } from '#client/sync/apply-receipts.ts';
import { BatchResponseV1Schema, type BatchResponseV1 } from '#shared/sync/messages.ts';
import type { ReceiptItem } from '#shared/interview/receipt.ts';
import { startDraft } from '../support/db.ts';
import { ACCOUNT, deviceWithKit, finish, finishedInterview } from './support.ts';

let db: PhieuDb;
afterEach(() => db?.close());

const NOW = '2026-05-28T04:00:00.000Z';
const answer = (receipts: ReceiptItem[]): BatchResponseV1 => ({
  protocol: 1, batchId: crypto.randomUUID(), serverTime: NOW, clockOffsetMs: 0, replay: false, receipts,
});

describe('readOutbox', () => {
  it('reads finished interviews up to a batch, never drafts, and an inventory of every finished one', async () => {
    db = await deviceWithKit();
    const a = await finishedInterview(db, '01', '0101');
    const b = await finishedInterview(db, '01', '0102');
    const c = await finishedInterview(db, '02', '0201');
    await startDraft(db, ACCOUNT, '02', '0202');
    const practice = await startDraft(db, ACCOUNT, '02', '0203');
    await updateInterview(db, ACCOUNT, practice, NOW, (current) => ({ ...current, practice: true }));
    await finish(db, practice);

    // Oldest queued first; these were all queued at the same moment, so by id.
    const order = [a, b, c, practice].sort();
    const first = await readOutbox(db, ACCOUNT, 2);
    expect(first.outgoing.map((item) => item.interview.id)).toEqual(order.slice(0, 2));
    expect(first.outgoing.every((item) => item.interview.status === 'finished' && item.change >= 2)).toBe(true);
    expect(first.waiting).toBe(4); // a practice interview goes up too (the server keeps it apart)…
    expect(first.inventory.map((item) => item.id).sort()).toEqual([a, b, c].sort()); // …but is not in the inventory
    expect(first.inventory[0]).toMatchObject({ revision: 1, surveySlug: 'hung-yen-2026' });

    const rest = await readOutbox(db, ACCOUNT, 2, new Set(order.slice(0, 2)));
    expect(rest.outgoing.map((item) => item.interview.id)).toEqual(order.slice(2));
    expect(await readOutbox(db, ACCOUNT + 1, 50)).toMatchObject({ outgoing: [], inventory: [] });
  });
});

describe('applyReceipts', () => {
  it('marks stored outcomes synced and clears their outbox rows, unless the interview changed meanwhile', async () => {
    db = await deviceWithKit();
    const accepted = await finishedInterview(db, '01', '0101');
    const duplicate = await finishedInterview(db, '01', '0102');
    const edited = await finishedInterview(db, '01', '0103');
    const read = await readOutbox(db, ACCOUNT, 50);
    // While the batch is in flight, the enumerator reopens one form and edits it.
    await updateInterview(db, ACCOUNT, edited, NOW, (current) => ({ ...current, status: 'draft' }));
    await saveAnswer(db, ACCOUNT, edited, 'c1', 2, NOW);

    const summary = await applyReceipts(db, ACCOUNT, read.outgoing, answer([
      { id: accepted, outcome: 'accepted', flags: ['over_quota'], revision: 1 },
      { id: duplicate, outcome: 'duplicate', flags: [], revision: 1 },
      { id: edited, outcome: 'accepted', flags: [], revision: 1 },
    ]), NOW);

    expect(summary).toEqual({ stored: 2, refused: 0, editedMeanwhile: 1 });
    for (const id of [accepted, duplicate]) {
      expect((await db.interviews.get(id))?.status).toBe('received');
      expect(await db.outbox.get(id)).toBeUndefined();
    }
    expect(await db.syncRecords.get(accepted)).toMatchObject({ serverRevision: 1, syncedAt: NOW, outcome: 'accepted', flags: ['over_quota'] });
    // The edit is kept and still queued; the device knows the server holds revision 1 of it.
    expect(await db.interviews.get(edited)).toMatchObject({ status: 'draft', answers: { c1: 2 } });
    expect(await db.outbox.get(edited)).toMatchObject({ change: 4, status: 'draft' });
    expect(await db.syncRecords.get(edited)).toMatchObject({ serverRevision: 1, syncedAt: null });
    // Finished again, it goes up as revision 2 based on the server's 1: an update, not a conflict.
    await finish(db, edited);
    const again = await readOutbox(db, ACCOUNT, 50);
    expect(again.outgoing.map((item) => [item.interview.id, item.interview.revision, item.interview.baseRevision])).toEqual([[edited, 2, 1]]);
  });

  it('hands refused and conflicting interviews back with their reason, holds them, and resends the correction', async () => {
    db = await deviceWithKit();
    const rejected = await finishedInterview(db, '01', '0101');
    const conflict = await finishedInterview(db, '01', '0102');
    const conflictNew = await finishedInterview(db, '01', '0103');
    const read = await readOutbox(db, ACCOUNT, 50);
    // The server's answer as it is on the wire, parsed as the client parses it: a conflict of an interview sent as
    // new carries `baseRevision: null` and its own reason; the other conflict is in the shape of servers before
    // that (no revision on the receipt, the server's revision only in the reason).
    const summary = await applyReceipts(db, ACCOUNT, read.outgoing, BatchResponseV1Schema.parse(answer([
      { id: rejected, outcome: 'rejected', flags: [], reason: { code: 'sync.reason.invalidAnswers', params: { count: 1, questions: 'Câu 2' } },
        issues: [{ question: 'c2', paperNumber: '2', rule: 'out_of_range', code: 'survey.issue.out_of_range', params: {} }] },
      { id: conflict, outcome: 'conflict', flags: [], reason: { code: 'sync.reason.conflict', params: { revision: 1, baseRevision: 0, serverRevision: 3 } } },
      { id: conflictNew, outcome: 'conflict', flags: [], revision: 2, baseRevision: null,
        reason: { code: 'sync.reason.conflictNew', params: { revision: 1, serverRevision: 2 } } },
    ] as ReceiptItem[])), NOW);

    expect(summary).toEqual({ stored: 0, refused: 3, editedMeanwhile: 0 });
    expect((await db.interviews.get(rejected))?.status).toBe('needs_correction');
    expect(await db.syncRecords.get(rejected)).toMatchObject({ outcome: 'rejected', serverRevision: null, reason: { code: 'sync.reason.invalidAnswers' } });
    expect(await db.syncRecords.get(conflict)).toMatchObject({ outcome: 'conflict', serverRevision: 3 });
    expect((await db.interviews.get(conflictNew))?.status).toBe('needs_correction');
    expect(await db.syncRecords.get(conflictNew)).toMatchObject({ outcome: 'conflict', serverRevision: 2, reason: { code: 'sync.reason.conflictNew' } });
    // Nothing is resent until the enumerator corrects it: no finished row is left to read.
    expect((await readOutbox(db, ACCOUNT, 50)).outgoing).toEqual([]);

    await saveAnswer(db, ACCOUNT, rejected, 'c2', 45, NOW);
    await finish(db, rejected);
    await saveAnswer(db, ACCOUNT, conflict, 'c1', 1, NOW);
    await finish(db, conflict);
    const resend = await readOutbox(db, ACCOUNT, 50);
    const sent = new Map(resend.outgoing.map((item) => [item.interview.id, [item.interview.revision, item.interview.baseRevision]]));
    expect(sent.get(rejected)).toEqual([1, null]); // the server never held it: still a new interview
    expect(sent.get(conflict)).toEqual([4, 3]); // based on the server's revision now
    await saveAnswer(db, ACCOUNT, conflictNew, 'c1', 1, NOW);
    await finish(db, conflictNew);
    const sentNew = (await readOutbox(db, ACCOUNT, 50)).outgoing.find((item) => item.interview.id === conflictNew);
    expect([sentNew?.interview.revision, sentNew?.interview.baseRevision]).toEqual([3, 2]);
  });
});
