// Issue 17: revoking never loses field work — a revoked device's finished interview lands in quarantine and the admin
// accepts it from there; finding 8: another account's device id could be taken over, and the quarantine grew
// without limit from any enumerator (now a per-device limit; resolved items are kept for good, marked, issue 20).
import { describe, expect, it } from 'vitest';
import { QuarantineListResponseSchema, QuarantineResolvedResponseSchema } from '#shared/api/devices.ts';
import { BatchResponseV1Schema, MAX_INTERVIEWS_PER_BATCH } from '#shared/sync/messages.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { QUARANTINE_LIMITS, quarantineRoom, setAside } from '#server/sync/quarantine.ts';
import { findAccountByUsername, withoutSecret } from '#server/repo/accounts.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';
import { count, registerDevice, snapshot } from '../sync/support.ts';

async function openItems(t: TestApp, cookie: string, state = 'open') {
  const response = await t.request(`/api/admin/quarantine?state=${state}`, { headers: { cookie } });
  return QuarantineListResponseSchema.parse(await response.json()).items;
}

describe('a revoked device', { timeout: 30_000 }, () => {
  it('hands in a finished interview to quarantine, and the admin accepts it from there', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    expect((await t.post(`/api/admin/devices/${device.deviceId}/revoke`, {}, { cookie: admin })).status).toBe(200);
    const [interview] = device.interviews({ count: 1, seed: 21 });
    const [receipt] = (await device.send([interview])).receipts;
    expect(receipt).toMatchObject({ outcome: 'rejected', reason: { code: 'sync.reason.deviceRevoked' } });
    expect(findInterview(t.db, interview!.id)).toBeUndefined();

    const [item] = await openItems(t, admin);
    expect(item).toMatchObject({ interviewId: interview!.id, kind: 'disabled', username: 'dtv01', resolvedAt: null });
    const accepted = await t.post(`/api/admin/quarantine/${item!.id}/accept`, {}, { cookie: admin });
    expect(QuarantineResolvedResponseSchema.parse(await accepted.json())).toMatchObject({ outcome: 'accepted', item: { resolution: 'accepted' } });
    expect(findInterview(t.db, interview!.id)).toMatchObject({ status: 'received', unit_id: expect.any(Number) });
    expect(await openItems(t, admin)).toEqual([]);
    // Once decided, it cannot be decided again.
    const again = await t.post(`/api/admin/quarantine/${item!.id}/reject`, { reason: 'Trùng' }, { cookie: admin });
    expect([again.status, await problemCode(again)]).toEqual([409, 'quarantine.alreadyResolved']);
  });

  it('keeps what cannot be accepted waiting, with the reason', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const [interview] = device.interviews({ count: 1, seed: 22 });
    // A unit not assigned to dtv01: refused at sync, and refused again if the admin tries to accept it.
    await device.send([{ ...interview!, unitNo: '05' }]);
    const [item] = await openItems(t, admin);
    const response = await t.post(`/api/admin/quarantine/${item!.id}/accept`, {}, { cookie: admin });
    expect(await response.json()).toEqual({ problem: { code: 'quarantine.cannotAccept', status: 409, params: { reason: 'sync.reason.unitNotAssigned', unit: '05' } } });
    expect(await openItems(t, admin)).toHaveLength(1);
  });
});

describe('another account’s device id', () => {
  it('cannot be registered again (409): the device stays with its account, its token working', async () => {
    const t = await testApp({ demo: true });
    const owner = await registerDevice(t, 'dtv01');
    const cookie = await t.signIn('dtv02', DEMO_PASSWORDS.enumerator);
    const taken = await t.post('/api/devices', { deviceId: owner.deviceId, label: 'mine now' }, { cookie });
    expect([taken.status, await problemCode(taken)]).toEqual([409, 'device.taken']);
    expect((await t.request('/api/device/state', { headers: { authorization: `Bearer ${owner.token}` } })).status).toBe(200);
  });
});

describe('the quarantine', { timeout: 60_000 }, () => {
  it('takes at most its limit of open items from one device; past it the batch is refused whole and the device keeps it', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const junk = () => Array.from({ length: MAX_INTERVIEWS_PER_BATCH }, () => ({ id: crypto.randomUUID(), answers: 'x' }));
    for (let sent = 0; sent < QUARANTINE_LIMITS.items; sent += MAX_INTERVIEWS_PER_BATCH) {
      expect((await device.post(device.batch(junk()))).status).toBe(200);
    }
    expect(count(t.db, 'quarantine')).toBe(QUARANTINE_LIMITS.items);
    const before = snapshot(t.db);
    const refused = await device.post(device.batch(junk().slice(0, 1)));
    expect([refused.status, await problemCode(refused)]).toEqual([429, 'sync.quarantineFull']);
    expect(snapshot(t.db)).toBe(before);
    // Another device is not held back by this one.
    const other = await registerDevice(t, 'dtv02');
    const answer = BatchResponseV1Schema.parse(await (await other.post(other.batch(junk().slice(0, 1)))).json());
    expect(answer.receipts[0]!.outcome).toBe('rejected');
  });

  it('counts the payloads’ bytes too: a few large ones fill it as surely as many small ones', async () => {
    const t = await testApp({ demo: true });
    const account = withoutSecret(findAccountByUsername(t.db, 'dtv01')!);
    const room = quarantineRoom(t.db, 'phone', { items: 100, bytes: 10_000 });
    const from = { account, deviceId: 'phone', batchId: crypto.randomUUID(), at: '2026-05-28T01:00:00.000Z', room };
    const item = (size: number) => {
      const record = JSON.stringify({ id: crypto.randomUUID(), note: 'ư'.repeat(size) });
      return { kind: 'rejected' as const, raw: { record, hash: crypto.randomUUID() }, reason: { code: 'sync.reason.invalidRecord' } };
    };
    setAside(t.db, from, item(2000)); // 'ư' is two bytes in UTF-8: about 4 KB each
    setAside(t.db, from, item(2000));
    expect(() => setAside(t.db, from, item(2000))).toThrow('sync.quarantineFull');
    expect(quarantineRoom(t.db, 'phone', { items: 100, bytes: 10_000 }).bytes).toBeLessThan(2_000);
  });

  it('keeps resolved items for good, marked with how and why (nothing in the app is deleted)', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const [a, b] = device.interviews({ count: 2, seed: 23 });
    await device.send([{ ...a!, unitNo: '05' }, { ...b!, unitNo: '06' }]);
    const [first] = await openItems(t, admin);
    expect((await t.post(`/api/admin/quarantine/${first!.id}/reject`, {}, { cookie: admin })).status).toBe(400);
    expect((await t.post(`/api/admin/quarantine/${first!.id}/reject`, { reason: 'Đơn vị sai, đã nhập lại' }, { cookie: admin })).status).toBe(200);
    t.clock.advance(400 * 86_400_000);
    const admin2 = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const all = await openItems(t, admin2, 'all');
    expect(all).toHaveLength(2);
    expect(all.find((item) => item.id === first!.id)).toMatchObject({ resolution: 'rejected', resolutionReason: 'Đơn vị sai, đã nhập lại', fixed: false });
    expect(count(t.db, 'quarantine')).toBe(2);
  });

});
