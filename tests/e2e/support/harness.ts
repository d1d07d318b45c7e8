// The set-up every browser test file shares: one server over a fresh demo database for the file, and a browser
// for each test (or one for the file), closed afterwards. A file calls `useBrowserHarness(options)` once at its top.
import type { BrowserContext, Page } from 'playwright-core';
import type { Clock } from '#shared/clock.ts';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { demoPassword } from '#server/demo/seed.ts';
import { SignInPage } from '../pages/SignInPage.ts';
import { launchBrowser, type BrowserOptions, type TestBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

export type HarnessOptions = BrowserOptions & {
  /** 'test' (default): a fresh profile for each test; 'file': one browser for the whole file; 'none': the file opens its own. */
  browser?: 'test' | 'file' | 'none';
  /** The folder of the build to serve instead of the run's (made before the server starts). */
  staticDir?: () => Promise<string>;
  /** The server's clock (a manual clock the file moves); the system's by default. */
  serverClock?: Clock;
  /** false: an empty database (no demo survey, no accounts), for tests that set a survey up from scratch. */
  demo?: boolean;
  /** Server state the file needs, set once the server is up and before any test. */
  prepare?: (server: TestServer) => void | Promise<void>;
};

export type Harness = {
  readonly server: TestServer;
  readonly baseUrl: string;
  readonly browser: TestBrowser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Another browser with the file's options, closed after the test (several people at once). */
  openBrowser: () => Promise<TestBrowser>;
  /** Signs a demo account in through the sign-in page, with its demo password. */
  signIn: (username: string, page?: Page) => Promise<void>;
};

export function useBrowserHarness(options: HarnessOptions = {}): Harness {
  const { browser: lifetime = 'test', staticDir, serverClock, prepare, demo, ...browserOptions } = options;
  const launch = () => launchBrowser({ timezoneId: 'UTC', locale: 'vi-VN', ...browserOptions });
  let server: TestServer | undefined;
  let browser: TestBrowser | undefined;
  let extra: TestBrowser[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      ...(staticDir ? { staticDir: await staticDir() } : {}), ...(serverClock ? { clock: serverClock } : {}), ...(demo === false ? { demo } : {}),
    });
    await prepare?.(server);
    if (lifetime === 'file') browser = await launch();
  });
  afterAll(async () => {
    if (lifetime === 'file') await browser?.close();
    await server?.close();
  });
  if (lifetime === 'test') beforeEach(async () => { browser = await launch(); });
  afterEach(async () => {
    for (const other of extra) await other.close();
    extra = [];
    if (lifetime === 'test') await browser?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the harness has no ${what} here (browser: '${lifetime}')`);
    return value;
  };
  const harness: Harness = {
    get server() { return ready(server, 'server'); },
    get baseUrl() { return ready(server, 'server').url; },
    get browser() { return ready(browser, 'browser'); },
    get context() { return ready(browser, 'browser').context; },
    get page() { return ready(browser, 'browser').page; },
    openBrowser: async () => {
      const other = await launch();
      extra.push(other);
      return other;
    },
    signIn: async (username, page = harness.page) => {
      await (await new SignInPage(page, harness.baseUrl).open()).signIn(username, demoPassword(username));
    },
  };
  return harness;
}
