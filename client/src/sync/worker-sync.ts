// The service worker's sync: every account registered on this browser with a token (a shared laptop has one
// per clerk) runs the same upload as the page. A failure rejects, so the browser tries again later by itself.
import type { PhieuDb } from '../db/db.ts';
import { runSync } from './run-sync.ts';

export async function syncEveryDevice(db: PhieuDb, now: () => number): Promise<void> {
  const devices = await db.devices.toArray();
  let failed = false;
  for (const device of devices) {
    if (device.token === null) continue; // waits for its clerk to sign in again
    const outcome = await runSync({ db, now }, device.accountId);
    if (outcome.kind === 'failed' && !outcome.signInNeeded) failed = true;
  }
  if (failed) throw new Error('sync failed: the browser will try again');
}
