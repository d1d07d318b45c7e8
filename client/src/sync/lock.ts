// One sync run at a time per account, across tabs and the service worker: a Web Lock held for the whole run.
// A run that finds the lock taken does not queue behind it (the one running will do the work): it says 'busy'.
// Where Web Locks are missing, a flag in this context is the best there is.

const held = new Set<string>();

export async function withSyncLock<T>(accountId: number, work: () => Promise<T>): Promise<T | 'busy'> {
  const name = `phieu-sync:${accountId}`;
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, async (lock): Promise<T | 'busy'> => (lock ? work() : 'busy'));
  }
  if (held.has(name)) return 'busy';
  held.add(name);
  try {
    return await work();
  } finally {
    held.delete(name);
  }
}
