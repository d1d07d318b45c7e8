// The enumerator's account as this device keeps it: who the app opens into, offline, without asking the server.
import type { MeResponse } from '#shared/api/auth.ts';
import type { PhieuDb } from '../db/db.ts';
import { loadAccount } from '../db/device-state.ts';
import { CURRENT_ACCOUNT, deleteSetting, isNumber, readSetting, writeSetting } from '../db/settings.ts';

/** The account signed in on this device with its offline kit, or undefined (also when IndexedDB is unusable). */
export async function readLocalAccount(db: PhieuDb): Promise<MeResponse | undefined> {
  try {
    const id = await readSetting(db, CURRENT_ACCOUNT, isNumber);
    const row = id === undefined ? undefined : await loadAccount(db, id);
    return row && { account: row.account, assignments: row.assignments, serverTime: row.serverTime };
  } catch {
    return undefined;
  }
}

export function setLocalAccount(db: PhieuDb, accountId: number): Promise<void> {
  return writeSetting(db, CURRENT_ACCOUNT, accountId);
}

/** Forgets who is signed in; the account's interviews, outbox and kit stay, tied to it, for its next sign-in. */
export function clearLocalAccount(db: PhieuDb): Promise<void> {
  return deleteSetting(db, CURRENT_ACCOUNT);
}
