// The sync state of one account as the home screen shows it (running, last success, next try, the last error),
// kept in IndexedDB so the page and the service worker share it and a reload still knows when to try next.
import * as z from 'zod/mini';
import { MessageSchema } from '#shared/i18n/message.ts';
import type { PhieuDb } from '../db/db.ts';

export const SyncStatusSchema = z.object({
  accountId: z.number(),
  /** Set while a run is under way (page or worker): the start time. */
  runningSince: z.nullable(z.string()),
  /** Interviews sent so far in the current run, of how many. */
  progress: z.nullable(z.object({ sent: z.number(), total: z.number() })),
  lastAttemptAt: z.nullable(z.string()),
  lastSuccessAt: z.nullable(z.string()),
  /** Failed runs in a row: the backoff grows with it; a success resets it. */
  failures: z.number(),
  nextTryAt: z.nullable(z.string()),
  /** The last run's failure as a dictionary message; null after a success. */
  error: z.nullable(MessageSchema),
  /** server clock − device clock, measured at the last sync. */
  clockOffsetMs: z.nullable(z.number()),
  signInNeeded: z.boolean(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

const keyOf = (accountId: number) => `sync.status.${accountId}`;

export function emptyStatus(accountId: number): SyncStatus {
  return {
    accountId, runningSince: null, progress: null, lastAttemptAt: null, lastSuccessAt: null, failures: 0,
    nextTryAt: null, error: null, clockOffsetMs: null, signInNeeded: false,
  };
}

export async function readSyncStatus(db: PhieuDb, accountId: number): Promise<SyncStatus> {
  const row = await db.settings.get(keyOf(accountId));
  const parsed = SyncStatusSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : emptyStatus(accountId);
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
