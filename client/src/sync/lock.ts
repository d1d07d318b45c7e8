// One sync run at a time per account, across tabs and the service worker: a Web Lock held for the whole run.
// A run that finds the lock taken waits for it once, then runs: whatever asked for it (a finish, Background
// Sync) may have come after the running one last read the outbox. One waiter per context is enough — more
// would only repeat it — so a further caller says 'busy'.
// Where Web Locks are missing, a flag in this context is the best there is ('busy', no waiting).

const held = new Set<string>();
const waiting = new Set<string>();

type Ran<T> = { ran: true; value: T } | { ran: false };

export async function withSyncLock<T>(accountId: number, work: () => Promise<T>): Promise<T | 'busy'> {
  const name = `phieu-sync:${accountId}`;
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) {
    const first = await locks.request(name, { ifAvailable: true }, async (lock): Promise<Ran<T>> =>
      (lock ? { ran: true, value: await work() } : { ran: false }));
    if (first.ran) return first.value;
    if (waiting.has(name)) return 'busy';
    waiting.add(name);
    try {
      return await locks.request(name, () => work());
    } finally {
      waiting.delete(name);
    }
  }
  if (held.has(name)) return 'busy';
  held.add(name);
  try {
    return await work();
  } finally {
    held.delete(name);
  }
}
