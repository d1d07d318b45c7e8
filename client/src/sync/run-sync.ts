// One sync run for one account, the same code in the page and in the service worker (no DOM, no Solid):
// up — read the outbox, send a batch, apply its receipts, batch after batch — then down (pullState), under the
// account's sync lock. The run records what the home screen shows: progress, last success, the error, next try.
import type { Message } from '#shared/i18n/message.ts';
import { SUGGESTED_BATCH_SIZE } from '#shared/sync/messages.ts';
import { ApiError } from '../api/http.ts';
import type { PhieuDb } from '../db/db.ts';
import { applyReceipts } from './apply-receipts.ts';
import { backoffDelay, SYNC_INTERVAL_MS } from './backoff.ts';
import { withSyncLock } from './lock.ts';
import { pullState } from './pull-state.ts';
import { readOutbox } from './read-outbox.ts';
import { buildBatch, sendBatch } from './send-batch.ts';
import { updateSyncStatus } from './status.ts';

export type SyncDeps = { db: PhieuDb; now: () => number; random?: () => number; intervalMs?: number; batchSize?: number };

export type RunOutcome =
  | { kind: 'done'; stored: number; refused: number; returned: number; removed: number; nextTryAt: number }
  | { kind: 'busy' }
  | { kind: 'failed'; error: Message; signInNeeded: boolean; failures: number; nextTryAt: number | null };

export async function runSync(deps: SyncDeps, accountId: number): Promise<RunOutcome> {
  const result = await withSyncLock(accountId, () => runLocked(deps, accountId));
  return result === 'busy' ? { kind: 'busy' } : result;
}

async function runLocked(deps: SyncDeps, accountId: number): Promise<RunOutcome> {
  const { db, now } = deps;
  const iso = () => new Date(now()).toISOString();
  await updateSyncStatus(db, accountId, { runningSince: iso(), progress: null, lastAttemptAt: iso() });
  try {
    const device = await db.devices.get(accountId);
    const token = device?.token ?? null;
    if (!device || token === null) throw new ApiError('problem', 'auth.tokenRevoked', 401);
    const sent = new Set<string>();
    let stored = 0;
    let refused = 0;
    let clockOffsetMs: number | null = null;
    for (;;) {
      const read = await readOutbox(db, accountId, deps.batchSize ?? SUGGESTED_BATCH_SIZE, sent);
      if (read.outgoing.length === 0) break;
      const total = sent.size + read.waiting;
      await updateSyncStatus(db, accountId, { progress: { sent: sent.size, total } });
      const batch = buildBatch(device.deviceId, read.outgoing.map((item) => item.interview), read.inventory, iso());
      const answer = await sendBatch(batch, token); // no transaction is open here
      for (const item of read.outgoing) sent.add(item.interview.id);
      const applied = await applyReceipts(db, accountId, read.outgoing, answer, iso());
      stored += applied.stored;
      refused += applied.refused;
      clockOffsetMs = answer.clockOffsetMs;
      await updateSyncStatus(db, accountId, { progress: { sent: sent.size, total } });
    }
    const pulled = await pullState(db, { ...device, token }, now);
    const nextTryAt = now() + (deps.intervalMs ?? SYNC_INTERVAL_MS);
    await updateSyncStatus(db, accountId, {
      runningSince: null, progress: null, lastSuccessAt: iso(), failures: 0, error: null, signInNeeded: false,
      clockOffsetMs: pulled.clockOffsetMs ?? clockOffsetMs, nextTryAt: new Date(nextTryAt).toISOString(),
    });
    return { kind: 'done', stored, refused, returned: pulled.returned, removed: pulled.removed, nextTryAt };
  } catch (error) {
    const { message, signInNeeded } = syncErrorOf(error);
    if (signInNeeded) await db.devices.where('accountId').equals(accountId).modify({ token: null });
    const status = await updateSyncStatus(db, accountId, (current) => {
      const failures = current.failures + 1;
      return {
        runningSince: null, progress: null, failures, error: message, signInNeeded,
        // After a refused token nothing is tried again until the enumerator signs in again.
        nextTryAt: signInNeeded ? null : new Date(now() + backoffDelay(failures, deps.random)).toISOString(),
      };
    });
    return {
      kind: 'failed', error: message, signInNeeded, failures: status.failures,
      nextTryAt: status.nextTryAt === null ? null : Date.parse(status.nextTryAt),
    };
  }
}

/** The failure as the enumerator reads it: one clear message code, and whether only a new sign-in helps. */
export function syncErrorOf(error: unknown): { message: Message; signInNeeded: boolean } {
  if (!(error instanceof ApiError)) return { message: { code: 'sync.error.failed' }, signInNeeded: false };
  if (error.kind === 'problem' && error.status === 401) return { message: { code: 'sync.error.signIn' }, signInNeeded: true };
  if (error.kind === 'problem') return { message: { code: error.messageCode, params: error.params }, signInNeeded: false };
  return { message: { code: error.code === 'unreadable' ? 'sync.error.unreadable' : 'sync.error.offline' }, signInNeeded: false };
}
