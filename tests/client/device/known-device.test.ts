// At sign-in the app names the device this browser already is for the account (the server then counts its
// sign-ins apart from strangers' guesses); for another account, or a browser that never enrolled, it names none.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrollDevice } from '#client/device/enroll.ts';
import { knownDeviceId } from '#client/device/known-device.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { account, AT, demoState, freshDb } from '../support/db.ts';

let db: PhieuDb;
afterEach(() => { db?.close(); vi.unstubAllGlobals(); });

describe('knownDeviceId', () => {
  it('names this browser’s device of the account signing in, whatever the case of the username', async () => {
    db = freshDb();
    vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (input === '/api/devices') {
        const { deviceId } = JSON.parse(init?.body as string) as { deviceId: string };
        return json({ deviceId, token: 'token-1', serverTime: AT }, 201);
      }
      return json(demoState(3, ['05']));
    }));
    const device = await enrollDevice(db, account(3), () => AT);
    expect(await knownDeviceId(db, 'DTV03 ')).toBe(device.deviceId);
    expect(await knownDeviceId(db, 'dtv04')).toBeUndefined();
  });

  it('names none in a browser that never enrolled', async () => {
    db = freshDb();
    expect(await knownDeviceId(db, 'dtv03')).toBeUndefined();
  });
});
