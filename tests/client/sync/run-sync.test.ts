// A whole run against a fake server: batches of the suggested size with the inventory, receipts applied, the kit
// pulled; a portal's HTML answering 200 marks nothing synced and says so; a revoked token asks for a sign-in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhieuDb } from '#client/db/db.ts';
import { runSync } from '#client/sync/run-sync.ts';
import { readSyncStatus } from '#client/sync/status.ts';
import { ACCOUNT, acceptAll, deviceWithKit, fakeServer, finishedInterview, htmlPortal } from './support.ts';
import { startDraft } from '../support/db.ts';

let db: PhieuDb;
afterEach(() => { db?.close(); vi.unstubAllGlobals(); });

const T0 = Date.parse('2026-05-28T03:10:00.000Z');
const deps = (extra: { batchSize?: number } = {}) => ({ db, now: () => T0, random: () => 0.5, ...extra });

describe('runSync', () => {
  it('uploads every finished interview in batches with the inventory, marks them synced and pulls the state', async () => {
    db = await deviceWithKit();
    const ids = [await finishedInterview(db, '01', '0101'), await finishedInterview(db, '01', '0102'), await finishedInterview(db, '02', '0201')];
    const draft = await startDraft(db, ACCOUNT, '02', '0202');
    const server = fakeServer();
    server.state = { ...server.state, surveys: server.state.surveys.map((s) => ({ ...s, counts: s.counts.map((c) => ({ ...c, received: c.unitNo === '01' ? 2 : 1 })) })) };

    const outcome = await runSync(deps({ batchSize: 2 }), ACCOUNT);

    expect(outcome).toMatchObject({ kind: 'done', stored: 3, refused: 0 });
    expect(server.batches.map((batch) => batch.interviews.length)).toEqual([2, 1]);
    expect(server.batches[0]!.inventory?.map((item) => item.id).sort()).toEqual([...ids].sort());
    expect(server.batches[0]).toMatchObject({ protocol: 1, deviceId: expect.any(String), sentAt: '2026-05-28T03:10:00.000Z' });
    for (const id of ids) expect((await db.interviews.get(id))?.status).toBe('received');
    expect((await db.interviews.get(draft))?.status).toBe('draft');
    expect(await db.outbox.count()).toBe(1); // the draft's
    expect(server.stateCalls).toBe(1);
    expect((await db.quota.toArray()).map((q) => [q.unitNo, q.received])).toEqual([['01', 2], ['02', 1]]);
    expect(await readSyncStatus(db, ACCOUNT)).toMatchObject({
      lastSuccessAt: '2026-05-28T03:10:00.000Z', failures: 0, error: null, runningSince: null, clockOffsetMs: 0,
      nextTryAt: '2026-05-28T03:15:00.000Z',
    });
  });

  it('treats a 200 HTML answer as a failure: nothing synced, a clear message, backoff; the next real sync works', async () => {
    db = await deviceWithKit();
    const id = await finishedInterview(db, '01', '0101');
    const server = fakeServer(htmlPortal);

    const failed = await runSync(deps(), ACCOUNT);
    expect(failed).toMatchObject({ kind: 'failed', error: { code: 'sync.error.unreadable' }, signInNeeded: false, failures: 1 });
    expect((await db.interviews.get(id))?.status).toBe('finished');
    expect(await db.outbox.get(id)).toBeDefined();
    expect(await db.syncRecords.count()).toBe(0);
    const status = await readSyncStatus(db, ACCOUNT);
    expect(status).toMatchObject({ error: { code: 'sync.error.unreadable' }, failures: 1, lastSuccessAt: null });
    expect(Date.parse(status.nextTryAt!) - T0).toBe(11_250); // 15 s ceiling, equal jitter at 0.5

    // A well-formed answer to another batch (a caching proxy) is no receipt either.
    server.answer = (batch) => new Response(JSON.stringify({ protocol: 1, batchId: crypto.randomUUID(), serverTime: '2026-05-28T03:10:00.000Z',
      clockOffsetMs: 0, replay: false, receipts: acceptAll(batch) }), { headers: { 'Content-Type': 'application/json' } });
    expect(await runSync(deps(), ACCOUNT)).toMatchObject({ kind: 'failed', failures: 2 });
    expect((await db.interviews.get(id))?.status).toBe('finished');

    server.answer = acceptAll;
    expect(await runSync(deps(), ACCOUNT)).toMatchObject({ kind: 'done', stored: 1 });
    expect((await db.interviews.get(id))?.status).toBe('received');
    expect(await readSyncStatus(db, ACCOUNT)).toMatchObject({ failures: 0, error: null });
  });

  // A revoked token and one the server never issued (or replaced) end the same way: only a new sign-in helps,
  // and the enumerator reads "sign in again", never which of the two it was.
  it.each(['auth.tokenRevoked', 'auth.tokenUnknown'])('asks for a new sign-in on %s, and stops trying until then', async (code) => {
    db = await deviceWithKit();
    await finishedInterview(db, '01', '0101');
    const server = fakeServer(() => new Response(JSON.stringify({ problem: { code, status: 401, params: {} } }),
      { status: 401, headers: { 'Content-Type': 'application/json' } }));

    expect(await runSync(deps(), ACCOUNT)).toMatchObject({ kind: 'failed', signInNeeded: true, nextTryAt: null, error: { code: 'sync.error.signIn' } });
    expect((await db.devices.get(ACCOUNT))?.token).toBeNull();
    expect(await runSync(deps(), ACCOUNT)).toMatchObject({ kind: 'failed', signInNeeded: true });
    expect(server.batches).toHaveLength(1); // no second request with a token known to be revoked
  });

  it('runs once at a time: a second run while one is under way says busy', async () => {
    db = await deviceWithKit();
    await finishedInterview(db, '01', '0101');
    fakeServer();
    const [first, second] = await Promise.all([runSync(deps(), ACCOUNT), runSync(deps(), ACCOUNT)]);
    expect([first.kind, second.kind].sort()).toEqual(['busy', 'done']);
  });
});
