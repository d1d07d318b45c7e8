// Service worker helpers: wait until the worker controls the page (its precache is then complete), and read
// what CDP says about the page's installability.
import type { Page } from 'playwright-core';

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
