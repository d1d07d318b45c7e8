// The sync state of one account as the home screen shows it (running, last success, next try, the last error),
// kept in IndexedDB so the page and the service worker share it and a reload still knows when to try next.
import type { Message } from '#shared/i18n/message.ts';
import type { PhieuDb } from '../db/db.ts';

/** Written and read only by this module (page and worker run the same code), so a plain type. */
export type SyncStatus = {
  accountId: number;
  /** Set while a run is under way (page or worker): the start time. */
  runningSince: string | null;
  /** Interviews sent so far in the current run, of how many. */
  progress: { sent: number; total: number } | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Failed runs in a row: the backoff grows with it; a success resets it. */
  failures: number;
  nextTryAt: string | null;
  /** The last run's failure as a dictionary message; null after a success. */
  error: Message | null;
  /** server clock − device clock, measured at the last sync. */
  clockOffsetMs: number | null;
  signInNeeded: boolean;
};

const keyOf = (accountId: number) => `sync.status.${accountId}`;

export function emptyStatus(accountId: number): SyncStatus {
  return {
    accountId, runningSince: null, progress: null, lastAttemptAt: null, lastSuccessAt: null, failures: 0,
    nextTryAt: null, error: null, clockOffsetMs: null, signInNeeded: false,
  };
}

export async function readSyncStatus(db: PhieuDb, accountId: number): Promise<SyncStatus> {
  const row = await db.settings.get(keyOf(accountId));
  // Over the defaults, so that a status stored by an older release lacks no field a newer one reads.
  const stored = typeof row?.value === 'object' && row.value !== null ? row.value as Partial<SyncStatus> : {};
  return { ...emptyStatus(accountId), ...stored, accountId };
}

/** Read, change and write in one transaction, so the page and the worker never overwrite each other's fields. */
export async function updateSyncStatus(db: PhieuDb, accountId: number, patch: Partial<SyncStatus> | ((s: SyncStatus) => Partial<SyncStatus>)): Promise<SyncStatus> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readSyncStatus(db, accountId);
    const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch), accountId };
    await db.settings.put({ key: keyOf(accountId), value: next });
    return next;
  });
}
