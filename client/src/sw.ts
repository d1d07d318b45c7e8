// The service worker: precaches the app shell (every enumerator screen, the Vietnamese words, icons) so the app
// opens with no network, answers every page address with the cached index.html, and leaves /api and the online respondent's /r/ to the network.
// Other chunks (the English words, office pages) are kept once used: their names carry a content hash, so a
// cached copy is never stale, and a device that used them online has them offline too.
// A new version installs and then WAITS: the page asks the user, saves the drafts, and only then sends
// SKIP_WAITING (client/src/pwa/register.ts). Background Sync's `sync` event runs the page's own upload code.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
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

/** Chunks kept once used (see the top of this file). */
const ON_USE_CACHE = 'phieu-on-use';

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
// The online respondent's page (/r/<token>) is not this app: the network serves it, even on a phone where the
// enumerator's app is installed (decision 0021).
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/r\//] }));
// Built chunks the precache leaves out (a precached URL never gets here: precacheAndRoute answers it first).
// Old versions' chunks age out of the cache by count; a full disk drops this cache before anything else.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/') && /\.(js|css)$/.test(url.pathname),
  new CacheFirst({ cacheName: ON_USE_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true })] }),
);
