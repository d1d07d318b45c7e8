// At sign-in the app names this browser's device of the account, when it has one: the server counts a device
// that has synced for the account apart from strangers' guesses, so their guessing never slows its owner down.
import type { PhieuDb } from '../db/db.ts';

export async function knownDeviceId(db: PhieuDb, username: string): Promise<string | undefined> {
  try {
    const name = username.trim().toLowerCase();
    const row = (await db.accounts.toArray()).find((a) => a.account.username.toLowerCase() === name);
    return row && (await db.devices.get(row.id))?.deviceId;
  } catch {
    return undefined; // IndexedDB unusable: sign in as any browser would
  }
}
