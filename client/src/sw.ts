// The service worker: precaches the app shell (every screen's chunk, both dictionaries, icons) so the app opens
// with no network, answers every page address with the cached index.html, and leaves /api to the network.
// A new version installs and then WAITS: the page asks the user, saves the drafts, and only then sends
// SKIP_WAITING (client/src/pwa/register.ts). Background Sync's `sync` event runs the page's own upload code.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { appDb } from './db/db.ts';
import { SYNC_TAG } from './sync/background.ts';
import { syncEveryDevice } from './sync/worker-sync.ts';

type ServiceWorkerScope = {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting: () => Promise<void>;
  addEventListener: {
    (type: 'message', listener: (event: { data: unknown }) => void): void;
    (type: 'sync', listener: (event: { tag: string; lastChance: boolean; waitUntil: (work: Promise<unknown>) => void }) => void): void;
  };
};
declare const self: ServiceWorkerScope;

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The same upload as the page's (no DOM in it); a rejection makes the browser try again later by itself.
self.addEventListener('sync', (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(syncEveryDevice(appDb(), () => Date.now()));
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes control of the open page at once, so it works offline without a reload.
clientsClaim();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));
