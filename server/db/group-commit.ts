// Group commit: the writes of requests that arrive together share one transaction, hence one fsync. With
// `synchronous = FULL` each commit costs a flush of the WAL (milliseconds on our disks), far more than a batch's
// inserts, so when several devices upload at once they wait for one flush instead of queueing for one each.
// Each request's work still runs in a savepoint of its own: one that throws is rolled back alone and fails alone.
// Nothing is answered before the shared commit, so a receipt is still never undone (decision 0006).
import type { Db } from './open.ts';

type Pending = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Queue = { pending: Pending[]; scheduled: boolean };

const queues = new WeakMap<Db, Queue>();

/**
 * Runs `work` (synchronous, no await inside) in the next group transaction of `db`: the group gathers every work
 * submitted before the event loop turns (requests whose bodies arrived meanwhile) and commits them together.
 */
export function commitInGroup<T>(db: Db, work: () => T): Promise<T> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { pending: [], scheduled: false }));
  const promise = new Promise<T>((resolve, reject) => {
    queue.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
  if (!queue.scheduled) {
    queue.scheduled = true;
    setImmediate(() => flush(db, queue));
  }
  return promise;
}

function flush(db: Db, queue: Queue): void {
  const group = queue.pending;
  queue.pending = [];
  queue.scheduled = false;
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    db.transaction(() => {
      for (const { work } of group) {
        try {
          // A nested better-sqlite3 transaction is a savepoint: rolled back alone if its work throws.
          outcomes.push({ ok: true, value: db.transaction(work)() });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    }).immediate();
  } catch (error) {
    // The shared commit failed (disk full, I/O error): nothing of the group is stored, every request fails.
    for (const { reject } of group) reject(error);
    return;
  }
  group.forEach(({ resolve, reject }, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  });
}
