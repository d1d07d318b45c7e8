// The callers of the contract test — nobody, and a web session and a registered device of each role, made once over
// one demo database — and how a sample call becomes a request: path from the registry key, credentials, JSON body.
import type { Role } from '#shared/accounts/schema.ts';
import { fillRoute } from '#shared/api/calls.ts';
import type { ProblemCode } from '#shared/problems.ts';
import { hashToken, newToken } from '#server/auth/tokens.ts';
import { findAccountByUsername, setAccountDisabled } from '#server/repo/accounts.ts';
import { upsertDevice } from '#server/repo/devices.ts';
import { testApp, type TestApp } from '../support/test-app.ts';
import { demoPassword } from '#server/demo/seed.ts';

export const DEMO_USER: Record<Role, string> = { admin: 'admin', enumerator: 'dtv01', unit_board: 'bxd01' };

export type Credential = { cookie: string; token: string; deviceId: string; accountId: number };
/** `disabled`: an enumerator (dtv03) disabled after signing in and registering, as a device may be in the field. */
export type Ctx = { t: TestApp; as: Record<Role | 'disabled', Credential> };

/** Who calls: nobody, a web session or a device's bearer token of a role (or of the disabled enumerator), or
 * headers of the sample's own. */
export type As = 'nobody' | { session: Role | 'disabled' } | { device: Role | 'disabled' } | { headers: Record<string, string> };

/** One call of a route: its parts as the client names them; `path` only where a fence's `*` needs filling. */
export type Call = {
  as: As; params?: Record<string, string>; query?: Record<string, string | undefined>;
  /** A JSON body (a string is sent as it is). */
  body?: unknown;
  path?: string;
};
export type Refusal = Call & { why: string; status: number; code?: ProblemCode };

export type Sample = {
  /** The call that succeeds (for a fence: the one that meets its refusal). */
  ok: (ctx: Ctx) => Call | Promise<Call>;
  /** What else it refuses, beyond the role checks every protected route gets. */
  refusals: (ctx: Ctx) => Refusal[] | Promise<Refusal[]>;
};

export async function signInAs(t: TestApp, role: Role): Promise<string> {
  return t.signIn(DEMO_USER[role], demoPassword(DEMO_USER[role]));
}

export async function registerDeviceWith(t: TestApp, cookie: string): Promise<{ deviceId: string; token: string }> {
  const deviceId = crypto.randomUUID();
  const response = await t.post('/api/devices', { deviceId, label: 'contract' }, { cookie });
  if (response.status !== 201) throw new Error(`device registration failed: ${response.status} ${await response.text()}`);
  return { deviceId, token: ((await response.json()) as { token: string }).token };
}

function legacyDevice(t: TestApp, accountId: number): { deviceId: string; token: string } {
  const deviceId = crypto.randomUUID();
  const token = newToken();
  upsertDevice(t.db, { id: deviceId, accountId, label: 'legacy', publicKey: null, tokenHash: hashToken(token), at: new Date(t.clock.now()).toISOString() });
  return { deviceId, token };
}

export async function contractContext(): Promise<Ctx> {
  const t = await testApp({ demo: true });
  const credential = async (username: string): Promise<Credential> => {
    const cookie = await t.signIn(username, demoPassword(username));
    const accountId = findAccountByUsername(t.db, username)!.id;
    // A unit board may not register a device: its token is one minted before that rule, still on the server.
    const device = username === DEMO_USER.unit_board ? legacyDevice(t, accountId) : await registerDeviceWith(t, cookie);
    return { cookie, ...device, accountId };
  };
  const [admin, enumerator, unitBoard, disabled] = await Promise.all(
    [DEMO_USER.admin, DEMO_USER.enumerator, DEMO_USER.unit_board, 'dtv03'].map(credential));
  setAccountDisabled(t.db, disabled!.accountId, true);
  return { t, as: { admin: admin!, enumerator: enumerator!, unit_board: unitBoard!, disabled: disabled! } };
}

function headersOf(ctx: Ctx, as: As): Record<string, string> {
  if (as === 'nobody') return {};
  if ('headers' in as) return as.headers;
  if ('session' in as) return { cookie: ctx.as[as.session].cookie };
  return { authorization: `Bearer ${ctx.as[as.device].token}` };
}

/** Sends a call of the route `key` (`ALL` fences are called with GET). */
export async function send(ctx: Ctx, key: string, call: Call): Promise<Response> {
  const method = key.startsWith('ALL ') ? 'GET' : key.slice(0, key.indexOf(' '));
  const headers = headersOf(ctx, call.as);
  const init: RequestInit = { method, headers };
  if (call.body !== undefined) {
    init.headers = { ...headers, 'content-type': 'application/json' };
    init.body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
  }
  return ctx.t.request(call.path ?? fillRoute(key, call), init);
}
