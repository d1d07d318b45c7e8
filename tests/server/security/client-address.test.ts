// Build item 3 of issue 17: behind the README's proxy every caller was 127.0.0.1. One clientAddress() reads
// X-Forwarded-For only under PHIEU_TRUST_PROXY, and then only the right-most entry (the one our proxy appended).
import { Hono, type Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, NO_SOCKET_ADDRESS } from '#server/http/client-address.ts';
import { TEST_PASSWORD, testApp } from '../support/test-app.ts';
import { addCheapAccounts, codeOf, fromAddress } from './support.ts';

async function addressOf(trustProxy: boolean, headers: Record<string, string>, socket?: string): Promise<string> {
  const app = new Hono().get('/', (c: Context) => c.text(clientAddress(c, { trustProxy })));
  return (await app.request('/', { headers }, socket ? fromAddress(socket) : undefined)).text();
}

describe('clientAddress', () => {
  it('is the socket’s peer unless the proxy is trusted', async () => {
    expect(await addressOf(false, { 'x-forwarded-for': '203.0.113.9' }, '127.0.0.1')).toBe('127.0.0.1');
    expect(await addressOf(false, {}, '::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(await addressOf(false, {})).toBe(NO_SOCKET_ADDRESS);
  });

  it('behind a trusted proxy, takes the right-most X-Forwarded-For entry, not what the caller wrote before it', async () => {
    expect(await addressOf(true, { 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }, '127.0.0.1')).toBe('203.0.113.9');
    expect(await addressOf(true, { 'x-forwarded-for': ' 198.51.100.4 ' }, '127.0.0.1')).toBe('198.51.100.4');
    expect(await addressOf(true, { 'x-forwarded-for': '[2001:db8::1]:443' }, '127.0.0.1')).toBe('2001:db8::1');
    expect(await addressOf(true, {}, '127.0.0.1')).toBe('127.0.0.1');
  });

  it('limits IPv6 by its /64 network', () => {
    expect(addressKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8:aa:bb::9')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
  });

  it('lets sign-in limits tell callers apart behind the proxy', async () => {
    const t = await testApp({ trustProxy: true });
    const usernames = Array.from({ length: 30 }, (_, i) => `dtv${i}`);
    await addCheapAccounts(t, usernames);
    const signIn = (forwarded: string, username: string, password: string) => t.app.request('/api/auth/sign-in', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
      body: JSON.stringify({ username, password }),
    }, fromAddress('127.0.0.1'));
    for (let i = 0; i < 20; i++) expect((await signIn('203.0.113.66', usernames[i]!, 'wrong')).status).toBe(401);
    expect(await codeOf(await signIn('203.0.113.66', 'dtv25', TEST_PASSWORD))).toBe('auth.slowDown');
    // Same proxy socket, another caller: not slowed; and a guesser cannot pose as them by prepending an entry.
    expect((await signIn('198.51.100.7', 'dtv25', TEST_PASSWORD)).status).toBe(200);
    expect(await codeOf(await signIn('198.51.100.7, 203.0.113.66', 'dtv26', TEST_PASSWORD))).toBe('auth.slowDown');
  });
});
