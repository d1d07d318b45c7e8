// The network as a device loses it, and service worker helpers: wait until the worker controls the page (its
// precache is then complete), and read what CDP says about the page's installability.
import type { BrowserContext, Page, Route } from 'playwright-core';

const API = '**/api/**';
const disconnected = (route: Route) => route.abort('internetdisconnected');

/**
 * No network for the whole browser: Playwright's offline emulation, and every /api request aborted whoever makes
 * it. The second is belt and braces for the service worker (Background Sync uploads from there): on a loaded CI
 * machine a form keyed "offline" once reached the server, and a later test of the file found its serial taken.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route(API, disconnected);
}

/** The network back: the browser's `online` event fires once requests can pass again. */
export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute(API, disconnected);
  await context.setOffline(false);
}

export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

export async function installabilityErrors(page: Page): Promise<unknown[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors') as { installabilityErrors: unknown[] };
    return installabilityErrors;
  } finally {
    await cdp.detach();
  }
}
