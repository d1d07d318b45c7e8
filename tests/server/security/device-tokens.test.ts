// Issue 17, finding 2: device tokens outlived a password reset, never expired and opened every route; re-enabling an
// account revived them; a unit board could register devices; nobody could list an account's devices.
import { describe, expect, it } from 'vitest';
import { DeviceListResponseSchema, DeviceResponseSchema } from '#shared/api/devices.ts';
import { BatchResponseV1Schema } from '#shared/sync/messages.ts';
import { hashPassword } from '#server/auth/password.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { replacePassword } from '#server/services/accounts.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';
import { registerDevice } from '../sync/support.ts';

const DAY = 86_400_000;
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const state = (t: TestApp, token: string) => t.request('/api/device/state', bearer(token));
const answerOf = async (response: Response) => [response.status, response.ok ? 'ok' : await problemCode(response)];

describe('a device token', { timeout: 30_000 }, () => {
  it('opens the device and sync routes only: an admin’s token is refused by the office routes and exports', async () => {
    const t = await testApp({ demo: true });
    const { token } = await registerDevice(t, 'admin');
    expect(await answerOf(await state(t, token))).toEqual([200, 'ok']);
    for (const path of ['/api/admin/accounts', '/api/admin/exports/hung-yen-2026?format=csv', '/api/quota/hung-yen-2026', '/api/auth/me', '/api/admin/devices']) {
      expect(await answerOf(await t.request(path, bearer(token))), path).toEqual([403, 'auth.forbidden']);
    }
  });

  it('dies with a password reset: the old cookie and the token are both out', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'admin');
    const cookie = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const admin = findAccountByUsername(t.db, 'admin')!;
    replacePassword(t.db, admin.id, await hashPassword('a-brand-new-password'), new Date(t.clock.now()).toISOString());
    expect(await answerOf(await t.request('/api/admin/accounts', { headers: { cookie } }))).toEqual([401, 'auth.sessionExpired']);
    expect(await answerOf(await state(t, device.token))).toEqual([401, 'auth.tokenRevoked']);
    expect(await answerOf(await t.request('/api/admin/accounts', bearer(device.token)))).toEqual([401, 'auth.tokenRevoked']);
  });

  it('dies with a disable, and a re-enable does not bring it back', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const id = findAccountByUsername(t.db, 'dtv01')!.id;
    expect((await t.post(`/api/admin/accounts/${id}/disable`, {}, { cookie: admin })).status).toBe(200);
    expect((await t.post(`/api/admin/accounts/${id}/enable`, {}, { cookie: admin })).status).toBe(200);
    expect(await answerOf(await state(t, device.token))).toEqual([401, 'auth.tokenRevoked']);
    // Signing in again and registering gives a token that works.
    const again = await registerDevice(t, 'dtv01');
    expect(await answerOf(await state(t, again.token))).toEqual([200, 'ok']);
  });

  it('dies with a change of role: what it opened was decided by the old one', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const id = findAccountByUsername(t.db, 'dtv01')!.id;
    expect((await t.post(`/api/admin/accounts/${id}`, { role: 'unit_board' }, { cookie: admin })).status).toBe(200);
    expect(await answerOf(await state(t, device.token))).toEqual([401, 'auth.tokenRevoked']);
    // A change of name alone leaves it working.
    const again = await registerDevice(t, 'dtv02');
    const other = findAccountByUsername(t.db, 'dtv02')!.id;
    expect((await t.post(`/api/admin/accounts/${other}`, { displayName: 'Điều tra viên 2' }, { cookie: admin })).status).toBe(200);
    expect(await answerOf(await state(t, again.token))).toEqual([200, 'ok']);
  });

  it('expires after the configured days unused, while one in use lives on (the injected clock)', async () => {
    const t = await testApp({ demo: true, deviceTokenDays: 10 });
    const used = await registerDevice(t, 'dtv01');
    const idle = await registerDevice(t, 'dtv02');
    t.clock.advance(9 * DAY);
    expect(await answerOf(await state(t, used.token))).toEqual([200, 'ok']);
    t.clock.advance(9 * DAY);
    expect(await answerOf(await state(t, used.token))).toEqual([200, 'ok']);
    expect(await answerOf(await state(t, idle.token))).toEqual([401, 'auth.tokenExpired']);
    // Being tried does not count as use: it stays expired.
    t.clock.advance(1000);
    expect(await answerOf(await state(t, idle.token))).toEqual([401, 'auth.tokenExpired']);
    // It can still hand in finished work, which waits in quarantine.
    const answer = await idle.post(idle.batch(idle.interviews({ count: 1, seed: 5, unitNos: ['03'] })));
    const { receipts } = BatchResponseV1Schema.parse(await answer.json());
    expect(receipts.map((r) => [r.outcome, r.reason?.code])).toEqual([['rejected', 'sync.reason.deviceExpired']]);
  });

  it('is never given to a unit board, which never syncs', async () => {
    const t = await testApp({ demo: true });
    const cookie = await t.signIn('bxd01', DEMO_PASSWORDS.unit_board);
    expect(await answerOf(await t.post('/api/devices', { deviceId: crypto.randomUUID() }, { cookie }))).toEqual([403, 'auth.forbidden']);
  });
});

describe('the admin’s device list', { timeout: 30_000 }, () => {
  it('shows each device with its account, last sync and unsynced count, and revokes one', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [synced, waiting] = device.interviews({ count: 2, seed: 8 });
    const inventory = [synced!, waiting!].map((i) => ({ id: i.id, revision: i.revision, surveySlug: i.surveySlug, unitNo: i.unitNo }));
    await device.send([synced], { inventory });
    t.clock.advance(60_000);
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const accountId = findAccountByUsername(t.db, 'dtv01')!.id;
    const list = DeviceListResponseSchema.parse(await (await t.request(`/api/admin/devices?account=${accountId}`, { headers: { cookie: admin } })).json());
    expect(list.devices).toHaveLength(1);
    expect(list.devices[0]).toMatchObject({
      id: device.deviceId, username: 'dtv01', label: 'dtv01 phone', unsynced: 1, state: 'active', revokedAt: null,
      lastSyncAt: '2026-05-28T01:00:00.000Z',
    });
    const revoked = await t.post(`/api/admin/devices/${device.deviceId}/revoke`, {}, { cookie: admin });
    expect(DeviceResponseSchema.parse(await revoked.json()).device).toMatchObject({ state: 'revoked', revokedAt: '2026-05-28T01:01:00.000Z' });
    expect(await answerOf(await state(t, device.token))).toEqual([401, 'auth.tokenRevoked']);
  });
});
