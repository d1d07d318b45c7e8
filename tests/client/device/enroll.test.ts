// Signing in once registers this browser as a device of the account: an ECDSA P-256 key pair whose private key
// cannot be exported, its public JWK sent to POST /api/devices, the token kept, the offline kit stored.
// Re-enrolling keeps the device id and key, and only replaces the token.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterDeviceRequestSchema } from '#shared/api/auth.ts';
import { enrollDevice } from '#client/device/enroll.ts';
import { loadAccount, loadQuota, loadSurveys } from '#client/db/device-state.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { account, AT, demoState, freshDb } from '../support/db.ts';

let db: PhieuDb;
afterEach(() => { db?.close(); vi.unstubAllGlobals(); });

type Call = { url: string; init: RequestInit | undefined };

function fakeServer(tokens: string[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/devices') {
      const body = JSON.parse(init?.body as string) as { deviceId: string };
      return json({ deviceId: body.deviceId, token: tokens.shift(), serverTime: AT }, 201);
    }
    if (url === '/api/device/state') return json(demoState(3, ['05', '06'], { '05': 4 }));
    return json({ problem: { code: 'route.notFound', status: 404 } }, 404);
  }));
  return calls;
}

describe('enrollDevice', () => {
  it('registers a non-extractable key pair, keeps the token and stores the offline kit', async () => {
    db = freshDb();
    const calls = fakeServer(['token-1']);
    const device = await enrollDevice(db, account(3), () => AT);

    expect(device.keyPair.privateKey.extractable).toBe(false);
    expect(device.keyPair.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    await expect(crypto.subtle.exportKey('jwk', device.keyPair.privateKey)).rejects.toThrow();
    const sent = RegisterDeviceRequestSchema.parse(JSON.parse(calls[0]!.init?.body as string));
    expect(sent.deviceId).toBe(device.deviceId);
    expect(JSON.parse(sent.publicKey!)).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(JSON.parse(sent.publicKey!)).not.toHaveProperty('d');

    expect(calls[1]!.url).toBe('/api/device/state');
    expect(new Headers(calls[1]!.init?.headers).get('Authorization')).toBe('Bearer token-1');
    const stored = await db.devices.get(3);
    expect(stored?.token).toBe('token-1');
    expect(stored?.keyPair.privateKey.extractable).toBe(false);
    expect((await loadAccount(db, 3))?.account.username).toBe('dtv03');
    expect((await loadSurveys(db, 3)).map((s) => s.survey.units.map((u) => u.no))).toEqual([['05', '06']]);
    expect((await loadQuota(db, 3)).map((q) => [q.unitNo, q.received, q.serverTime])).toEqual([['05', 4, AT], ['06', 0, AT]]);
  });

  it('keeps the device id and key when enrolling again, and replaces the token', async () => {
    db = freshDb();
    fakeServer(['token-1', 'token-2']);
    const first = await enrollDevice(db, account(3), () => AT);
    const again = await enrollDevice(db, account(3), () => AT);
    expect(again.deviceId).toBe(first.deviceId);
    expect(again.publicKeyJwk).toBe(first.publicKeyJwk);
    expect((await db.devices.get(3))?.token).toBe('token-2');
  });

  it('keeps the key pair but no token when the server cannot be reached', async () => {
    db = freshDb();
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(enrollDevice(db, account(3), () => AT)).rejects.toMatchObject({ kind: 'network' });
    expect((await db.devices.get(3))?.token).toBeNull();
    expect(await loadAccount(db, 3)).toBeUndefined();
  });

  it('refuses a device state that is not the server’s (a portal’s HTML), storing nothing', async () => {
    db = freshDb();
    vi.stubGlobal('fetch', vi.fn(async (url: string) => url === '/api/devices'
      ? new Response(JSON.stringify({ deviceId: crypto.randomUUID(), token: 't', serverTime: AT }), { status: 201, headers: { 'Content-Type': 'application/json' } })
      : new Response('<html>Wi-Fi login</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    await expect(enrollDevice(db, account(3), () => AT)).rejects.toMatchObject({ kind: 'network', code: 'unreadable' });
    expect(await loadSurveys(db, 3)).toEqual([]);
  });
});
