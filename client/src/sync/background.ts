// Background Sync, where the browser has it (Chromium): a tag registered while work waits in the outbox makes the
// browser wake the service worker when a network appears — even with the app closed — and run the same upload.

export const SYNC_TAG = 'phieu-sync';

type SyncManager = { register: (tag: string) => Promise<void> };

/** Asks the browser for a background sync; quietly nothing where the API or a service worker is missing. */
export async function registerBackgroundSync(): Promise<boolean> {
  try {
    const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!container) return false;
    const registration = (await container.ready) as ServiceWorkerRegistration & { sync?: SyncManager };
    if (!registration.sync) return false;
    await registration.sync.register(SYNC_TAG);
    return true;
  } catch {
    return false; // refused (permission, private mode): the page's own triggers still sync
  }
}
