// The five outcomes of an uploaded interview (accepted, duplicate, updated, conflict, rejected), one receipt
// each, decided per interview so one bad interview never blocks the rest of its batch.
import { describe, expect, it } from 'vitest';
import { SERVER_TIME_HEADER } from '#shared/sync/messages.ts';
import { canonicalJson } from '#shared/sync/canonical-json.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { listQuarantineOfInterview } from '#server/repo/quarantine.ts';
import { testApp } from '../support/test-app.ts';
import { count, registerDevice, snapshot } from './support.ts';

describe('POST /api/sync/batches: outcomes', { timeout: 30_000 }, () => {
  it('accepts new interviews, stores them as received with their first revision, and gives the server time', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const interviews = device.interviews({ count: 5, seed: 1 });
    const response = await device.post(device.batch(interviews));
    expect(response.status).toBe(200);
    expect(response.headers.get(SERVER_TIME_HEADER)).toBe(new Date(t.clock.now()).toISOString());
    const body = await response.json() as { receipts: unknown[]; serverTime: string; replay: boolean; clockOffsetMs: number };
    expect(body.serverTime).toBe(new Date(t.clock.now()).toISOString());
    expect(body.replay).toBe(false);
    expect(body.clockOffsetMs).toBe(0);
    expect(body.receipts).toEqual(interviews.map((i) => ({ id: i.id, outcome: 'accepted', flags: [], revision: 1 })));
    const row = findInterview(t.db, interviews[0]!.id)!;
    expect(row).toMatchObject({ status: 'received', revision: 1, device_id: device.deviceId, account_id: device.accountId });
    expect(JSON.parse(row.record)).toEqual(interviews[0]);
    expect(row.record).toBe(canonicalJson(interviews[0]));
    expect(count(t.db, 'interview_history')).toBe(5);
    expect(count(t.db, 'interview_revisions')).toBe(0); // the current revision is kept once, in its row
  });

  it('answers a resend in a new batch with duplicate receipts and stores nothing, whatever the key order', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const interviews = device.interviews({ count: 3, seed: 2 });
    await device.send(interviews);
    const before = snapshot(t.db).split('\n').slice(0, 2).join('\n');
    const reordered = interviews.map((i) => Object.fromEntries(Object.entries(i).reverse()));
    const answer = await device.send(reordered);
    expect(answer.receipts.map((r) => [r.outcome, r.revision])).toEqual([['duplicate', 1], ['duplicate', 1], ['duplicate', 1]]);
    expect(snapshot(t.db).split('\n').slice(0, 2).join('\n')).toBe(before);
  });

  it('stores a revision based on the server’s current one as updated, keeping the history', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [first] = device.interviews({ count: 1, seed: 3 });
    await device.send([first]);
    t.db.prepare("UPDATE interviews SET status = 'needs_correction' WHERE id = ?").run(first!.id);
    const second = { ...first!, revision: 2, baseRevision: 1, answers: { ...first!.answers, c2: 45 } };
    const answer = await device.send([second]);
    expect(answer.receipts[0]).toEqual({ id: first!.id, outcome: 'updated', flags: [], revision: 2 });
    const row = findInterview(t.db, first!.id)!;
    expect(row).toMatchObject({ revision: 2, status: 'received' });
    expect((JSON.parse(row.record) as { answers: Record<string, unknown> }).answers.c2).toBe(45);
    expect(t.db.prepare('SELECT revision FROM interview_history WHERE interview_id = ? ORDER BY revision').pluck().all(first!.id)).toEqual([1, 2]);
    // The first revision arriving late is a duplicate, not a conflict: the server had it.
    expect((await device.send([first])).receipts[0]).toMatchObject({ outcome: 'duplicate', revision: 2 });
  });

  it('keeps a revision not based on the server’s one in quarantine as a conflict, leaving the server copy alone', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [first] = device.interviews({ count: 1, seed: 4 });
    await device.send([first]);
    await device.send([{ ...first!, revision: 2, baseRevision: 1, answers: { ...first!.answers, c2: 40 } }]);
    const held = findInterview(t.db, first!.id)!;
    const stale = { ...first!, revision: 2, baseRevision: 1, answers: { ...first!.answers, c2: 60 } };
    // Sent as new (baseRevision null), and based on a revision 0 the server never had: each reported as sent.
    const sameRevision = { ...first!, answers: { ...first!.answers, c2: 61 } };
    const fromZero = { ...first!, revision: 1, baseRevision: 0, answers: { ...first!.answers, c2: 62 } };
    expect(first!.baseRevision).toBeNull();
    const answer = await device.send([stale, sameRevision, fromZero]);
    expect(answer.receipts).toEqual([
      { id: first!.id, outcome: 'conflict', flags: [], revision: 2, baseRevision: 1, reason: { code: 'sync.reason.conflict', params: { revision: 2, baseRevision: 1, serverRevision: 2 } } },
      { id: first!.id, outcome: 'conflict', flags: [], revision: 2, baseRevision: null, reason: { code: 'sync.reason.conflictNew', params: { revision: 1, serverRevision: 2 } } },
      { id: first!.id, outcome: 'conflict', flags: [], revision: 2, baseRevision: 0, reason: { code: 'sync.reason.conflict', params: { revision: 1, baseRevision: 0, serverRevision: 2 } } },
    ]);
    expect(findInterview(t.db, first!.id)).toEqual(held);
    const kept = listQuarantineOfInterview(t.db, first!.id);
    expect(kept.map((q) => [q.kind, (JSON.parse(q.payload) as { answers: Record<string, unknown> }).answers.c2])).toEqual([['conflict', 60], ['conflict', 61], ['conflict', 62]]);
    // Sending the same conflicting copy again keeps it once.
    await device.send([stale]);
    expect(listQuarantineOfInterview(t.db, first!.id)).toHaveLength(3);
  });

  it('rejects a malformed interview on its own receipt and accepts the rest of its batch', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [a, b, c] = device.interviews({ count: 3, seed: 5 });
    const broken = { ...b!, questionnaireVersion: 'one', times: 7 };
    const answer = await device.send([a, broken, c]);
    expect(answer.receipts.map((r) => r.outcome)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(answer.receipts[1]).toEqual({
      id: b!.id, outcome: 'rejected', flags: [], reason: { code: 'sync.reason.invalidRecord', params: { path: 'questionnaireVersion', issue: 'invalid_type' } },
    });
    expect(findInterview(t.db, b!.id)).toBeUndefined();
    const [kept] = listQuarantineOfInterview(t.db, b!.id);
    expect(kept).toMatchObject({ kind: 'rejected', reason_code: 'sync.reason.invalidRecord', device_id: device.deviceId });
    expect(JSON.parse(kept!.payload)).toEqual(broken);
  });
});
