// Storage health: asks the browser to keep this origin's data (persistent storage; without it a browser may
// evict IndexedDB when the disk fills), and gathers what the panel shows: persisted or not, space used and
// free, unsynced interviews and the age of the oldest, and the warnings those figures call for.

/** Below this much free space, or above this share used, the panel warns before a save fails. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;
export const LOW_SPACE_SHARE = 0.9;
/** Unsynced work older than this is at risk (a lost phone, a cleared browser): sync soon. */
export const OLD_UNSYNCED_MS = 48 * 3600 * 1000;

export type StorageWarning = 'persistenceRefused' | 'spaceLow' | 'unsyncedOld' | 'iosInstall';

export type StorageFacts = {
  /** null where the browser cannot say (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  unsynced: number;
  oldestQueuedAt: string | null;
  /** An iPhone or iPad outside the home-screen app: Safari may clear its data after 7 days unused. */
  iosBrowserTab: boolean;
};

export type StorageHealth = StorageFacts & { free: number | null; warnings: StorageWarning[] };

/** Pure: the warnings for a set of facts at `nowMs`. */
export function assessStorage(facts: StorageFacts, nowMs: number): StorageHealth {
  const free = facts.quota !== null && facts.usage !== null ? Math.max(0, facts.quota - facts.usage) : null;
  const warnings: StorageWarning[] = [];
  if (facts.persisted === false) warnings.push('persistenceRefused');
  if (free !== null && facts.quota !== null && (free < LOW_SPACE_BYTES || (facts.usage ?? 0) > facts.quota * LOW_SPACE_SHARE)) {
    warnings.push('spaceLow');
  }
  if (facts.oldestQueuedAt !== null && nowMs - Date.parse(facts.oldestQueuedAt) > OLD_UNSYNCED_MS) warnings.push('unsyncedOld');
  if (facts.iosBrowserTab) warnings.push('iosInstall');
  return { ...facts, free, warnings };
}

/** Asks once more for persistent storage; true when granted, null when the browser has no such thing. */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || await storage.persist();
  } catch {
    return false;
  }
}

/** What the browser says about this origin's storage (everything but the unsynced work, read from the outbox). */
export type SpaceFacts = Omit<StorageFacts, 'unsynced' | 'oldestQueuedAt'>;

export async function readSpaceFacts(): Promise<SpaceFacts> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    iosBrowserTab: isIos() && !isStandalone(),
  };
}

function isIos(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

function isStandalone(): boolean {
  const legacy = (navigator as { standalone?: boolean }).standalone === true;
  return legacy || (typeof matchMedia !== 'undefined' && matchMedia('(display-mode: standalone)').matches);
}
