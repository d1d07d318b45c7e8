// Debian's Chromium driven by playwright-core, one fresh profile per test. A missing browser is a failure,
// never a skip: a browser suite that silently does not run is worse than none.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; PHIEU_CHROMIUM points elsewhere on other systems. */
export const CHROMIUM_PATH = process.env.PHIEU_CHROMIUM || '/usr/bin/chromium';

export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export type TestBrowser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** `phone`: a phone's screen, touch and pixel ratio (the enumerator's screens); `timeout`: locators' default wait, ms. */
export type BrowserOptions = { timezoneId?: string; locale?: string; phone?: boolean; timeout?: number };

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

export async function launchBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    const how = 'apt-get install -y --no-install-recommends chromium fonts-liberation';
    const where = process.env.CI === 'true' ? 'CI must provide it' : 'install it to run the browser tests';
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: ${where} (${how}).`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'phieu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timezoneId: options.timezoneId ?? 'UTC',
    locale: options.locale ?? 'vi-VN',
    args: ARGS,
    ...(options.phone ? PHONE : {}),
  });
  if (options.timeout) context.setDefaultTimeout(options.timeout);
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
