// Group commit: works submitted together share one transaction (one fsync); one that throws is rolled back and
// fails alone (the group runs again, each work in its own savepoint), and none is answered before the shared commit.
import { describe, expect, it, vi } from 'vitest';
import { commitInGroup } from '#server/db/group-commit.ts';
import { openDatabase, type Db } from '#server/db/open.ts';

function scratch(): Db {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE t (n INTEGER NOT NULL UNIQUE)');
  return db;
}
const insert = (db: Db, n: number) => () => { db.prepare('INSERT INTO t (n) VALUES (?)').run(n); return n; };
const stored = (db: Db) => db.prepare('SELECT n FROM t ORDER BY n').pluck().all();

describe('commitInGroup', () => {
  it('commits works submitted together in one transaction, each answered with its own result', async () => {
    const db = scratch();
    const transaction = vi.spyOn(db, 'transaction');
    const results = await Promise.all([1, 2, 3].map((n) => commitInGroup(db, insert(db, n))));
    expect(results).toEqual([1, 2, 3]);
    expect(stored(db)).toEqual([1, 2, 3]);
    // One transaction for the group, no savepoint while no work throws.
    expect(transaction).toHaveBeenCalledTimes(1);
  });

  it('rolls back only the work that throws; the others are stored and answered', async () => {
    const db = scratch();
    const failing = () => { db.prepare('INSERT INTO t (n) VALUES (2)').run(); throw new Error('refused'); };
    const outcomes = await Promise.allSettled([commitInGroup(db, insert(db, 1)), commitInGroup(db, failing), commitInGroup(db, insert(db, 3))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'refused' });
    expect(stored(db)).toEqual([1, 3]);
  });

  it('answers a work alone in its group with its error, once, and stores nothing of it', async () => {
    const db = scratch();
    let runs = 0;
    const failing = () => { runs++; db.prepare('INSERT INTO t (n) VALUES (7)').run(); throw new Error('refused'); };
    await expect(commitInGroup(db, failing)).rejects.toThrow('refused');
    expect(runs).toBe(1);
    expect(stored(db)).toEqual([]);
  });

  it('lets a later work of the group see what an earlier one wrote, as if they ran one after another', async () => {
    const db = scratch();
    const [, duplicate] = await Promise.allSettled([commitInGroup(db, insert(db, 5)), commitInGroup(db, insert(db, 5))]);
    expect(duplicate.status).toBe('rejected');
    expect(stored(db)).toEqual([5]);
  });

  it('answers nothing before the group transaction ends, and fails every work when it fails', async () => {
    const db = scratch();
    // The group's transaction cannot start (another process holds the write lock past busy_timeout).
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    vi.spyOn(db, 'transaction').mockImplementationOnce(() => ({ immediate: () => { throw busy; } }) as never);
    let answered = false;
    const works = [commitInGroup(db, insert(db, 1)), commitInGroup(db, insert(db, 2))];
    void Promise.allSettled(works).then(() => { answered = true; });
    await Promise.resolve();
    expect(answered).toBe(false);
    const outcomes = await Promise.allSettled(works);
    expect(outcomes).toEqual([{ status: 'rejected', reason: busy }, { status: 'rejected', reason: busy }]);
    expect(stored(db)).toEqual([]);
  });

  it('starts a new group for work submitted after a flush', async () => {
    const db = scratch();
    const transaction = vi.spyOn(db, 'transaction');
    await commitInGroup(db, insert(db, 1));
    await commitInGroup(db, insert(db, 2));
    expect(stored(db)).toEqual([1, 2]);
    expect(transaction).toHaveBeenCalledTimes(2);
  });
});
