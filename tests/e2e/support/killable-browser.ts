// A Chromium we start ourselves, so a test can kill it for real (SIGKILL: no shutdown, no flush) and start it
// again on the same profile. playwright-core drives it over CDP; the page runs in UTC like every browser test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARGS, CHROMIUM_PATH } from './browser.ts';

export type KillableBrowser = { browser: Browser; context: BrowserContext; page: Page; pid: number; kill: () => Promise<void>; close: () => Promise<void> };

export async function launchKillable(profileDir: string, options: { timezoneId?: string } = {}): Promise<KillableBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const child = spawn(CHROMIUM_PATH, ['--headless', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', ...ARGS, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: a kill reaches its renderer and helper processes too, as a dead battery would, and none
    // is left writing into the profile after it.
    detached: true,
  });
  const killAll = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // ESRCH: every process of the group has exited already.
    }
  };
  const endpoint = await devToolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: options.timezoneId ?? 'UTC' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    browser, context, page, pid: child.pid!,
    kill: async () => {
      killAll();
      await exited;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      killAll();
      await exited;
    },
  };
}

/** Reads "DevTools listening on ws://…" from Chromium's stderr. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools endpoint:\n${seen}`)), 20_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited (${code}) before listening:\n${seen}`)); });
  });
}
