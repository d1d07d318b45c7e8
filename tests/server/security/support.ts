// Helpers of the security tests: requests from a given socket address (as @hono/node-server passes it), accounts
// with a cheap password hash so hundreds of sign-ins stay quick, and a registered device that has synced.
import { randomUUID } from 'node:crypto';
import { isoAt } from '#shared/clock.ts';
import { hashPassword } from '#server/auth/password.ts';
import { insertAccount } from '#server/repo/accounts.ts';
import { TEST_PASSWORD, type TestApp } from '../support/test-app.ts';

/** The bindings @hono/node-server gives a request: only the socket's peer address matters here. */
export function fromAddress(address: string) {
  return { incoming: { socket: { remoteAddress: address } } };
}

export function signInFrom(t: TestApp, address: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(t.app.request('/api/auth/sign-in', {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  }, fromAddress(address)));
}

/** Scrypt at N = 2¹⁰: the same code path as the real cost, a hundred times faster. */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
export async function addCheapAccounts(t: TestApp, usernames: string[]): Promise<void> {
  const hash = await hashPassword(TEST_PASSWORD, CHEAP);
  for (const username of usernames) {
    insertAccount(t.db, { username, displayName: username, role: 'enumerator', passwordHash: hash, createdAt: isoAt(t.clock.now()) });
  }
}

/** Signs `username` in, registers a device and downloads its kit with the token, as the app does: it has synced. */
export async function registerSyncedDevice(t: TestApp, username: string): Promise<string> {
  const cookie = await t.signIn(username);
  const deviceId = randomUUID();
  const registered = await t.post('/api/devices', { deviceId }, { cookie });
  if (registered.status !== 201) throw new Error(`device registration failed: ${registered.status}`);
  const { token } = await registered.json() as { token: string };
  const state = await t.request('/api/device/state', { headers: { authorization: `Bearer ${token}` } });
  if (state.status !== 200) throw new Error(`device state failed: ${state.status}`);
  return deviceId;
}

export async function codeOf(response: Response): Promise<string | undefined> {
  const body = await response.clone().json() as { problem?: { code?: string } };
  return body.problem?.code;
}
