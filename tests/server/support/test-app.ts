// A fresh app over an in-memory database for each test, with a manual clock, and helpers to sign in.
import { manualClock, type ManualClock } from '#shared/clock.ts';
import type { NewAccount } from '#shared/accounts/schema.ts';
import { createApp, type App } from '#server/app.ts';
import { ephemeralAuditDeps } from '#server/audit/ephemeral.ts';
import type { Deps } from '#server/deps.ts';
import { createSignInThrottle, type ThrottleOptions } from '#server/auth/throttle.ts';
import { openDatabase, type Db } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { createAccount, type UnitAssignment } from '#server/services/accounts.ts';

export type TestApp = {
  app: App; db: Db; clock: ManualClock;
  /** The audit log's key (held in memory) and where the admin page's backups go. */
  audit: Deps['audit']; backups: Deps['backups']; handover: Deps['handover'];
  request: (path: string, init?: RequestInit) => Promise<Response>;
  post: (path: string, body: unknown, headers?: Record<string, string>) => Promise<Response>;
  addAccount: (account: Partial<NewAccount> & { username: string }, assignments?: UnitAssignment[]) => Promise<void>;
  signIn: (username: string, password?: string) => Promise<string>;
};

export const TEST_PASSWORD = 'correct-horse-battery';
export const START = '2026-05-28T08:00:00+07:00';

/** The demo database is seeded once per test worker (13 scrypt hashes) and copied for each test. */
let demoTemplate: Promise<Buffer> | undefined;
function demoImage(): Promise<Buffer> {
  demoTemplate ??= (async () => {
    const db = openDatabase(':memory:');
    await seedDemo(db, new Date(START).toISOString());
    const image = db.serialize();
    db.close();
    return image;
  })();
  return demoTemplate;
}

export async function testApp(
  options: {
    demo?: boolean; staticDir?: string; bodyLimitBytes?: number; throttle?: Partial<ThrottleOptions>; trustProxy?: boolean;
    deviceTokenDays?: number; requireTwoFactor?: boolean;
  } = {},
): Promise<TestApp> {
  const clock = manualClock(START);
  const db = options.demo ? openDatabase(await demoImage()) : openDatabase(':memory:');
  const audit = ephemeralAuditDeps();
  const app = createApp({
    db, clock, throttle: createSignInThrottle(clock, options.throttle),
    config: {
      trustProxy: options.trustProxy ?? false, sessionHours: 24, bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024, staticDir: options.staticDir ?? null,
      ...(options.deviceTokenDays === undefined ? {} : { deviceTokenDays: options.deviceTokenDays }),
      requireTwoFactor: options.requireTwoFactor ?? false,
    },
    ...audit,
  });
  const request = async (path: string, init?: RequestInit) => app.request(path, init);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    app, db, clock, request, post, ...audit,
    addAccount: async (account, assignments = []) => {
      await createAccount(db, {
        displayName: account.username, role: 'enumerator', password: TEST_PASSWORD, ...account,
      }, assignments, new Date(clock.now()).toISOString());
    },
    /** Returns the Cookie header value of the new session. */
    signIn: async (username, password = TEST_PASSWORD) => {
      const response = await post('/api/auth/sign-in', { username, password });
      if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.get('set-cookie') ?? '';
      return cookie.split(';')[0] ?? '';
    },
  };
}

export async function problemCode(response: Response): Promise<string> {
  const body = await response.json() as { problem?: { code?: string } };
  return body.problem?.code ?? `(no problem in ${JSON.stringify(body)})`;
}
