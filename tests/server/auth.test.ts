// Sign-in, sessions, device tokens and the bad paths around them: every failure is a coded 4xx.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { problemCode, testApp, TEST_PASSWORD } from './support/test-app.ts';

describe('sign-in', () => {
  it('opens an HttpOnly, SameSite=Strict session and answers who is signed in', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01', displayName: 'Nguyễn Văn A' });
    const response = await t.post('/api/auth/sign-in', { username: 'DTV01', password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^phieu_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await t.request('/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    const body = await me.json() as { account: { username: string; displayName: string }; serverTime: string };
    expect(body.account).toMatchObject({ username: 'dtv01', displayName: 'Nguyễn Văn A' });
    expect(body.serverTime).toBe(new Date(t.clock.now()).toISOString());
  });

  it('refuses a wrong password and an unknown username alike', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    for (const body of [{ username: 'dtv01', password: 'wrong-password' }, { username: 'nobody', password: TEST_PASSWORD }]) {
      const response = await t.post('/api/auth/sign-in', body);
      expect(response.status).toBe(401);
      expect(await problemCode(response)).toBe('auth.badCredentials');
    }
  });

  it('slows down password guessing with growing delays, then lets the owner in (tests/server/security/ has the rest)', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    for (let i = 0; i < 5; i++) await t.post('/api/auth/sign-in', { username: 'dtv01', password: 'guess-' + i });
    const slowed = await t.post('/api/auth/sign-in', { username: 'dtv01', password: TEST_PASSWORD });
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('1');
    expect(await slowed.json()).toEqual({ problem: { code: 'auth.slowDown', status: 429, params: { seconds: 1 } } });
    t.clock.advance(1000);
    expect((await t.post('/api/auth/sign-in', { username: 'dtv01', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('refuses a disabled account and ends its open sessions', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'admin', role: 'admin' });
    await t.addAccount({ username: 'dtv01' });
    const admin = await t.signIn('admin');
    const clerk = await t.signIn('dtv01');
    const { accounts } = await (await t.request('/api/admin/accounts', { headers: { cookie: admin } })).json() as { accounts: { id: number; username: string }[] };
    const id = accounts.find((a) => a.username === 'dtv01')!.id;
    expect((await t.post(`/api/admin/accounts/${id}/disable`, {}, { cookie: admin })).status).toBe(200);
    expect(await problemCode(await t.request('/api/auth/me', { headers: { cookie: clerk } }))).toBe('auth.sessionExpired');
    const again = await t.post('/api/auth/sign-in', { username: 'dtv01', password: TEST_PASSWORD });
    expect(again.status).toBe(403);
    expect(await problemCode(again)).toBe('auth.accountDisabled');
  });

  it('expires a session after its lifetime, moved by the injected clock', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const cookie = await t.signIn('dtv01');
    t.clock.advance(23 * 3600_000);
    expect((await t.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
    t.clock.advance(3600_000);
    const expired = await t.request('/api/auth/me', { headers: { cookie } });
    expect(expired.status).toBe(401);
    expect(await problemCode(expired)).toBe('auth.sessionExpired');
  });

  it('lets a browser with an expired session cookie sign in again', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const stale = await t.signIn('dtv01');
    t.clock.advance(25 * 3600_000);
    const response = await t.post('/api/auth/sign-in', { username: 'dtv01', password: TEST_PASSWORD }, { cookie: stale });
    expect(response.status).toBe(200);
    expect((await t.request('/api/health', { headers: { cookie: stale } })).status).toBe(200);
  });

  it('signs out: the cookie stops working', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const cookie = await t.signIn('dtv01');
    expect((await t.post('/api/auth/sign-out', {}, { cookie })).status).toBe(204);
    expect((await t.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('asks for sign-in when no credentials are sent', async () => {
    const t = await testApp();
    const response = await t.request('/api/auth/me');
    expect(response.status).toBe(401);
    expect(await problemCode(response)).toBe('auth.required');
  });
});

describe('device tokens', () => {
  it('registers a device from a session; its bearer token works until revoked', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const cookie = await t.signIn('dtv01');
    const deviceId = randomUUID();
    const registered = await t.post('/api/devices', { deviceId, label: 'Samsung A15' }, { cookie });
    expect(registered.status).toBe(201);
    const { token } = await registered.json() as { token: string };
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.request('/api/device/state', { headers: bearer })).status).toBe(200);

    expect((await t.post(`/api/devices/${deviceId}/revoke`, {}, { cookie })).status).toBe(204);
    const revoked = await t.request('/api/device/state', { headers: bearer });
    expect(revoked.status).toBe(401);
    expect(await problemCode(revoked)).toBe('auth.tokenRevoked');
  });

  it('refuses an unknown token with its own code (never "revoked"), and a device registering another device', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const forged = await t.request('/api/auth/me', { headers: { authorization: 'Bearer forged' } });
    expect([forged.status, await problemCode(forged)]).toEqual([401, 'auth.tokenUnknown']);
    const cookie = await t.signIn('dtv01');
    const { token } = await (await t.post('/api/devices', { deviceId: randomUUID() }, { cookie })).json() as { token: string };
    const second = await t.post('/api/devices', { deviceId: randomUUID() }, { authorization: `Bearer ${token}` });
    expect(second.status).toBe(403);
  });

  it('hides another account’s device behind "not found"', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    await t.addAccount({ username: 'dtv02' });
    const first = await t.signIn('dtv01');
    const deviceId = randomUUID();
    await t.post('/api/devices', { deviceId }, { cookie: first });
    const other = await t.signIn('dtv02');
    const response = await t.post(`/api/devices/${deviceId}/revoke`, {}, { cookie: other });
    expect(response.status).toBe(404);
    expect(await problemCode(response)).toBe('device.notFound');
  });

  it('re-registering a device id replaces its token (the old one becomes unknown) and lifts a revocation', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const cookie = await t.signIn('dtv01');
    const deviceId = randomUUID();
    const first = await (await t.post('/api/devices', { deviceId }, { cookie })).json() as { token: string };
    const second = await (await t.post('/api/devices', { deviceId }, { cookie })).json() as { token: string };
    const replaced = await t.request('/api/device/state', { headers: { authorization: `Bearer ${first.token}` } });
    expect([replaced.status, await problemCode(replaced)]).toEqual([401, 'auth.tokenUnknown']);
    expect((await t.request('/api/device/state', { headers: { authorization: `Bearer ${second.token}` } })).status).toBe(200);

    expect((await t.post(`/api/devices/${deviceId}/revoke`, {}, { cookie })).status).toBe(204);
    const again = await t.post('/api/devices', { deviceId, label: 'Samsung A15', publicKey: null }, { cookie });
    expect(again.status).toBe(201);
    const third = await again.json() as { deviceId: string; token: string };
    expect(third.deviceId).toBe(deviceId);
    expect((await t.request('/api/device/state', { headers: { authorization: `Bearer ${third.token}` } })).status).toBe(200);
  });
});
