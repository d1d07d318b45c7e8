// The caller's address: X-Forwarded-For's last hop (the one our own reverse proxy appended) only when the server is
// told it stands behind one; otherwise the header is ignored, and without a socket (app.request) there is none.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '#server/http/client-address.ts';

function appWith(trustProxy: boolean) {
  return new Hono().get('/', (c) => c.json({ address: clientAddress(c, { trustProxy }) }));
}

const addressOf = async (app: Hono, headers: Record<string, string> = {}) => ((await (await app.request('/', { headers })).json()) as { address: string | null }).address;

describe('clientAddress', () => {
  it('reads the last X-Forwarded-For hop behind a trusted proxy', async () => {
    expect(await addressOf(appWith(true), { 'x-forwarded-for': '203.0.113.9, 198.51.100.4' })).toBe('198.51.100.4');
    expect(await addressOf(appWith(true), { 'x-forwarded-for': ' 203.0.113.9 ' })).toBe('203.0.113.9');
  });

  it('ignores the header otherwise (anyone can send it), and has no address without a socket', async () => {
    expect(await addressOf(appWith(false), { 'x-forwarded-for': '203.0.113.9' })).toBeNull();
    expect(await addressOf(appWith(true))).toBeNull();
  });
});
