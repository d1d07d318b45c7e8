// Sign in once, online: this browser registers as a device of the account (one registration per account, so a
// shared laptop keeps each clerk's token and work apart), then downloads the account's offline kit.
// Re-enrolling keeps the device id and key pair and only replaces the token.
import type { Account } from '#shared/accounts/schema.ts';
import { fetchDeviceState, postDevice } from '../api/device.ts';
import type { PhieuDb } from '../db/db.ts';
import { storeDeviceState } from '../db/device-state.ts';
import type { DeviceRow } from '../db/rows.ts';
import { createDeviceKeys } from './keys.ts';

export async function enrollDevice(db: PhieuDb, account: Account, now: () => string): Promise<DeviceRow> {
  const known = await db.devices.get(account.id);
  const device: DeviceRow = known ?? await newDevice(account.id, now());
  if (!known) await db.devices.put(device); // keep the key pair even if the network fails next
  const registered = await postDevice({ deviceId: device.deviceId, label: deviceLabel(), publicKey: device.publicKeyJwk });
  const stored: DeviceRow = { ...device, token: registered.token, registeredAt: registered.serverTime };
  await db.devices.put(stored);
  await refreshDeviceState(db, stored, now);
  return stored;
}

/** Downloads and stores the account's surveys, units, versions and quota counts with the device token. */
export async function refreshDeviceState(db: PhieuDb, device: DeviceRow, now: () => string): Promise<void> {
  if (device.token === null) return;
  const state = await fetchDeviceState(device.token);
  await storeDeviceState(db, state, now());
}

async function newDevice(accountId: number, at: string): Promise<DeviceRow> {
  const keys = await createDeviceKeys();
  return { accountId, deviceId: crypto.randomUUID(), keyPair: keys.keyPair, publicKeyJwk: keys.publicKeyJwk, token: null, registeredAt: at };
}

/** What the admin sees in the device list: the browser's own description, shortened. */
function deviceLabel(): string {
  return typeof navigator === 'undefined' ? '' : navigator.userAgent.slice(0, 200);
}
