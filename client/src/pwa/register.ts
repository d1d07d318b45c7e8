// Registers the service worker with workbox-window and handles updates the Workbox way: a new version waits,
// the app says "update available", and on the user's yes it saves every draft, sends SKIP_WAITING, and
// reloads once the new worker controls the page. Nothing is reloaded behind the user's back.
import { createSignal } from 'solid-js';
import { Workbox } from 'workbox-window';
import { flushDrafts } from '../db/drafts.ts';

const UPDATE_CHECK_MS = 30 * 60 * 1000;
const [updateWaiting, setUpdateWaiting] = createSignal(false);
let workbox: Workbox | undefined;

/** True once a new version is installed and waiting for the user's yes. */
export { updateWaiting };

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  workbox = wb;
  wb.addEventListener('waiting', () => setUpdateWaiting(true));
  void wb.register().catch(() => undefined); // no worker (private mode, policy): the app still works online
  // Look for a new version when the app comes back to the screen, and now and then while it stays open.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
  setInterval(() => void checkForUpdate(), UPDATE_CHECK_MS);
}

export async function checkForUpdate(): Promise<void> {
  try {
    await workbox?.update();
  } catch {
    // Offline or the server is away: try again next time.
  }
}

/** The user said yes: every draft is saved first, then the new version takes over and the page reloads. */
export async function acceptUpdate(): Promise<void> {
  const wb = workbox;
  if (!wb) return;
  await flushDrafts();
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}
