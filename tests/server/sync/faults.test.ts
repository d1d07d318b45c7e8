// The fault suite, in process: the same batch twice and twice at once, a response lost after the commit, and
// 50 devices sending at the same moment. Each interview ends up stored exactly once.
import { describe, expect, it } from 'vitest';
import { BatchResponseV1Schema } from '#shared/sync/messages.ts';
import { demoAccounts } from '#server/demo/seed.ts';
import { testApp } from '../support/test-app.ts';
import { count, registerDevice, snapshot, type SyncDevice } from './support.ts';

describe('sync faults', { timeout: 30_000 }, () => {
  it('the same batch twice: the second answer is the stored receipts, and one copy of each interview', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const batch = device.batch(device.interviews({ count: 10, seed: 50 }));
    const first = BatchResponseV1Schema.parse(await (await device.post(batch)).json());
    const stored = snapshot(t.db);
    t.clock.advance(60_000);
    const second = BatchResponseV1Schema.parse(await (await device.post(batch)).json());
    expect(second).toEqual({ ...first, replay: true, serverTime: new Date(t.clock.now()).toISOString() });
    expect(snapshot(t.db)).toBe(stored);
    expect(count(t.db, 'interviews')).toBe(10);
  });

  it('the same batch from two connections at the same moment: one stored, the other a replay of it', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const batch = device.batch(device.interviews({ count: 20, seed: 51 }));
    const answers = await Promise.all([device.post(batch), device.post(batch)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const [a, b] = await Promise.all(answers.map(async (r) => BatchResponseV1Schema.parse(await r.json())));
    expect([a!.replay, b!.replay].sort()).toEqual([false, true]);
    expect(a!.receipts).toEqual(b!.receipts);
    expect(a!.receipts.every((r) => r.outcome === 'accepted')).toBe(true);
    expect(count(t.db, 'interviews')).toBe(20);
    expect(count(t.db, 'sync_batches')).toBe(1);
  });

  it('a response lost after the commit: resending gives the original receipts, and the interviews once', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const interviews = device.interviews({ count: 8, seed: 52 });
    const batch = device.batch(interviews);
    const lost = await device.post(batch); // committed; the device never reads the answer
    expect(lost.status).toBe(200);
    const resent = BatchResponseV1Schema.parse(await (await device.post(batch)).json());
    expect(resent.replay).toBe(true);
    expect(resent.receipts.map((r) => [r.id, r.outcome])).toEqual(interviews.map((i) => [i.id, 'accepted']));
    // An app that lost its batch id too resends the interviews in a new batch: duplicates, nothing stored.
    const anew = await device.send(interviews);
    expect(anew.receipts.map((r) => r.outcome)).toEqual(Array(8).fill('duplicate'));
    expect(count(t.db, 'interviews')).toBe(8);
    expect(count(t.db, 'interview_history')).toBe(8);
  });

  it('50 devices sending 20 interviews each at the same moment: 1,000 interviews, no errors', async () => {
    const t = await testApp({ demo: true });
    const enumerators = demoAccounts().filter((a) => a.role === 'enumerator');
    const devices: { device: SyncDevice; unitNos: string[] }[] = [];
    for (let n = 0; n < 50; n++) {
      const account = enumerators[n % enumerators.length]!;
      devices.push({ device: await registerDevice(t, account.username, account.password), unitNos: account.unitNos });
    }
    const batches = devices.map(({ device, unitNos }, n) => device.batch(device.interviews({ count: 20, seed: 1000 + n, unitNos })));
    const answers = await Promise.all(devices.map(({ device }, n) => device.post(batches[n])));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    const receipts = (await Promise.all(answers.map(async (r) => BatchResponseV1Schema.parse(await r.json())))).flatMap((a) => a.receipts);
    expect(receipts).toHaveLength(1000);
    expect(receipts.every((r) => r.outcome === 'accepted')).toBe(true);
    expect(count(t.db, 'interviews')).toBe(1000);
    expect(t.db.prepare('SELECT count(DISTINCT device_id) FROM interviews').pluck().get()).toBe(50);
  }, 60_000);
});
