// Group commit: the writes of requests that arrive together share one transaction, hence one fsync. With
// `synchronous = FULL` each commit costs a flush of the WAL (milliseconds on our disks), far more than a batch's
// inserts, so when several devices upload at once they wait for one flush instead of queueing for one each.
// A work that throws fails alone: the others are stored and answered. Nothing is answered before the shared
// commit, so a receipt is still never undone (decision 0006).
import type { Db } from './open.ts';

type Pending = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Queue = { pending: Pending[]; scheduled: boolean };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

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

/** A work of the group threw: the whole transaction is rolled back, and the group runs again work by work. */
class WorkFailed extends Error {
  constructor(readonly error: unknown) {
    super('a work of the commit group failed');
  }
}

function flush(db: Db, queue: Queue): void {
  const group = queue.pending;
  queue.pending = [];
  queue.scheduled = false;
  let outcomes: Outcome[];
  try {
    outcomes = runGroup(db, group, { savepoints: false });
  } catch (failure) {
    try {
      if (!(failure instanceof WorkFailed)) throw failure;
      // Alone, the failed work is answered with its error; otherwise each work runs again in its own savepoint.
      outcomes = group.length === 1 ? [{ ok: false, error: failure.error }] : runGroup(db, group, { savepoints: true });
    } catch (error) {
      // The shared commit failed (disk full, I/O error): nothing of the group is stored, every request fails.
      for (const { reject } of group) reject(error);
      return;
    }
  }
  group.forEach(({ resolve, reject }, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  });
}

// Works seldom throw (they answer bad interviews with receipts), so a group first runs them one after another
// with no savepoint: a savepoint first copies every page its work changes, ≈ 5 % of an upload's time (A/B).
// With savepoints (a nested better-sqlite3 transaction), a work that throws is rolled back alone.
function runGroup(db: Db, group: readonly Pending[], { savepoints }: { savepoints: boolean }): Outcome[] {
  return db.transaction(() => group.map(({ work }): Outcome => {
    try {
      return { ok: true, value: savepoints ? db.transaction(work)() : work() };
    } catch (error) {
      if (!savepoints) throw new WorkFailed(error);
      return { ok: false, error };
    }
  })).immediate();
}
