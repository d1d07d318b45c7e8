// Small device-wide settings (who is signed in on this browser, a pending sign-out) in the settings table.
import type { PhieuDb } from './db.ts';

/** The account whose work the app opens into; absent when nobody is signed in on this device. */
export const CURRENT_ACCOUNT = 'currentAccountId';
/** Set when a sign-out happened offline: the server session is ended at the next chance. */
export const PENDING_SIGN_OUT = 'pendingSignOut';

export async function readSetting<T>(db: PhieuDb, key: string, guard: (value: unknown) => value is T): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row && guard(row.value) ? row.value : undefined;
}

export async function writeSetting(db: PhieuDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function deleteSetting(db: PhieuDb, key: string): Promise<void> {
  await db.settings.delete(key);
}

export const isNumber = (value: unknown): value is number => typeof value === 'number';
export const isTrue = (value: unknown): value is true => value === true;
