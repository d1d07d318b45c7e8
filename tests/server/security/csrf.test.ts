// Finding 4 of issue 17: an admin's cookie with `Origin: https://evil.example` disabled an account by a POST
// without a body (no preflight needed; SameSite=Strict does not cover sibling sub-domains). Every write that a
// browser sends from another site is now refused; a device's bearer-token request is not cookie-based and passes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isoAt } from '#shared/clock.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { testApp, type TestApp } from '../support/test-app.ts';
import { codeOf } from './support.ts';

async function adminAndClerk(t: TestApp) {
  await t.addAccount({ username: 'admin', role: 'admin' });
  await t.addAccount({ username: 'dtv01' });
  return { cookie: await t.signIn('admin'), clerkId: findAccountByUsername(t.db, 'dtv01')!.id };
}

const disable = (t: TestApp, id: number, headers: Record<string, string>) =>
  t.request(`http://localhost/api/admin/accounts/${id}/disable`, { method: 'POST', headers });

describe('CSRF on state-changing routes', () => {
  it('refuses a bodiless POST from another origin with the admin’s cookie, and changes nothing', async () => {
    const t = await testApp();
    const { cookie, clerkId } = await adminAndClerk(t);
    const response = await disable(t, clerkId, { cookie, origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await codeOf(response)).toBe('request.forbiddenOrigin');
    expect(findAccountByUsername(t.db, 'dtv01')!.disabled).toBe(false);
  });

  it('refuses a sibling sub-domain (same-site) and a cross-site fetch by Sec-Fetch-Site', async () => {
    const t = await testApp();
    const { cookie, clerkId } = await adminAndClerk(t);
    for (const site of ['same-site', 'cross-site', 'none']) {
      const response = await disable(t, clerkId, { cookie, 'sec-fetch-site': site, origin: 'http://localhost' });
      expect(await codeOf(response)).toBe('request.forbiddenOrigin');
    }
    expect(await codeOf(await t.post('/api/auth/sign-out', {}, { cookie, origin: 'null' }))).toBe('request.forbiddenOrigin');
    expect(findAccountByUsername(t.db, 'dtv01')!.disabled).toBe(false);
  });

  it('accepts the app’s own writes: same-origin by either header, or no browser header at all', async () => {
    const t = await testApp();
    const { cookie, clerkId } = await adminAndClerk(t);
    expect((await disable(t, clerkId, { cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await t.request(`http://localhost/api/admin/accounts/${clerkId}/enable`, { method: 'POST', headers: { cookie, origin: 'http://localhost' } })).status).toBe(200);
    expect((await disable(t, clerkId, { cookie })).status).toBe(200);
  });

  it('behind the proxy, compares Origin with the scheme the proxy reports, only when trusted', async () => {
    const t = await testApp();
    const { cookie, clerkId } = await adminAndClerk(t);
    // Not trusting the proxy (testApp's default), an https Origin is not this http server's.
    const headers = { cookie, origin: 'https://phieu.example.org', host: 'phieu.example.org', 'x-forwarded-proto': 'https' };
    const response = await t.request(`http://phieu.example.org/api/admin/accounts/${clerkId}/disable`, { method: 'POST', headers });
    expect(await codeOf(response)).toBe('request.forbiddenOrigin');

    const proxied = await testApp({ trustProxy: true });
    const clerk = await adminAndClerk(proxied);
    const behindProxy = { ...headers, cookie: clerk.cookie };
    const url = `http://phieu.example.org/api/admin/accounts/${clerk.clerkId}/disable`;
    expect((await proxied.request(url, { method: 'POST', headers: behindProxy })).status).toBe(200);
    const sibling = { ...behindProxy, origin: 'https://evil.phieu.example.org' };
    expect(await codeOf(await proxied.request(url, { method: 'POST', headers: sibling }))).toBe('request.forbiddenOrigin');
  });

  it('exempts a device’s bearer-token request, which no cookie authenticates', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv01' });
    const cookie = await t.signIn('dtv01');
    const deviceId = randomUUID();
    const { token } = await (await t.post('/api/devices', { deviceId }, { cookie })).json() as { token: string };
    const batch = { protocol: 1, batchId: randomUUID(), deviceId, sentAt: isoAt(t.clock.now()), interviews: [] };
    const response = await t.post('/api/sync/batches', batch, { authorization: `Bearer ${token}`, origin: 'https://evil.example' });
    expect(response.status).toBe(200);
  });
});
