// Offline sign-in against the device: only an account with a verifier and a device here, only its password,
// and a wait that grows past the third wrong try and is forgotten after a success or a new online sign-in.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import type { PhieuDb } from '#client/db/db.ts';
import type { DeviceRow } from '#client/db/rows.ts';
import { OfflineSignInError, storeVerifier, verifyOffline } from '#client/session/offline-sign-in.ts';
import { makeVerifier } from '#client/session/offline-verifier.ts';
import { DEVICE_ID, freshDb, withKit } from '../support/db.ts';

const NOW = Date.parse('2026-05-28T02:00:00.000Z');
let db: PhieuDb;
afterEach(() => db?.close());

async function knownAccount(id: number, password: string): Promise<void> {
  await withKit(db, id, ['01']);
  const device: DeviceRow = { accountId: id, deviceId: DEVICE_ID, keyPair: {} as CryptoKeyPair, publicKeyJwk: '{}', token: 't', registeredAt: 'x' };
  await db.devices.put(device);
  await storeVerifier(db, id, await makeVerifier(password, 1_000));
}

async function refusal(attempt: Promise<unknown>): Promise<unknown> {
  const error = await attempt.then(() => undefined, (failure: unknown) => failure);
  expect(error).toBeInstanceOf(OfflineSignInError);
  return (error as OfflineSignInError).refusal;
}

describe('verifyOffline', () => {
  it('opens the account whose password matches, whatever the case of the username', async () => {
    db = freshDb();
    await knownAccount(1, 'mat-khau-dtv01');
    expect(await verifyOffline(db, ' DTV01', 'mat-khau-dtv01', NOW)).toBe(1);
  });

  it('refuses a wrong password, and an account this device never signed in', async () => {
    db = freshDb();
    await knownAccount(1, 'mat-khau-dtv01');
    expect(await refusal(verifyOffline(db, 'dtv01', 'mat-khau-sai', NOW))).toEqual({ code: 'device.offlineSignIn.wrong' });
    expect(await refusal(verifyOffline(db, 'dtv02', 'mat-khau-dtv01', NOW))).toEqual({ code: 'device.offlineSignIn.unknown' });
    // A kit without a verifier (made before this feature) is as unknown.
    await withKit(db, 2, ['03']);
    expect(await refusal(verifyOffline(db, 'dtv02', 'mat-khau-dtv02', NOW))).toEqual({ code: 'device.offlineSignIn.unknown' });
  });

  it('makes the fourth try wait 30 s, even with the right password, and forgets the count after a success', async () => {
    db = freshDb();
    await knownAccount(1, 'mat-khau-dtv01');
    for (let i = 0; i < 3; i++) await refusal(verifyOffline(db, 'dtv01', `sai-${i}`, NOW));
    expect(await refusal(verifyOffline(db, 'dtv01', 'mat-khau-dtv01', NOW + 1_000))).toEqual({ code: 'device.offlineSignIn.wait', params: { seconds: 29 } });
    expect(await verifyOffline(db, 'dtv01', 'mat-khau-dtv01', NOW + 30_000)).toBe(1);
    // Counting starts again: one more wrong password does not wait.
    await refusal(verifyOffline(db, 'dtv01', 'sai', NOW + 31_000));
    expect(await verifyOffline(db, 'dtv01', 'mat-khau-dtv01', NOW + 31_000)).toBe(1);
  });

  it('accepts the old password until an online sign-in stores the new one (a reset elsewhere is not known here)', async () => {
    db = freshDb();
    await knownAccount(1, 'mat-khau-cu');
    expect(await verifyOffline(db, 'dtv01', 'mat-khau-cu', NOW)).toBe(1);
    await storeVerifier(db, 1, await makeVerifier('mat-khau-moi', 1_000));
    await refusal(verifyOffline(db, 'dtv01', 'mat-khau-cu', NOW));
    expect(await verifyOffline(db, 'dtv01', 'mat-khau-moi', NOW)).toBe(1);
  });
});
