// The steps a sign-in may owe after the password, through app.request: a temporary password to replace, an
// admin's second factor (TOTP or a one-time recovery code, computed at the test's manual clock), and the enrolment
// PHIEU_REQUIRE_2FA=1 demands. Until the step is done the session opens nothing else.
import { describe, expect, it } from 'vitest';
import { totpAt } from '#server/auth/totp.ts';
import { readAccountSecurity } from '#server/repo/account-security.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { resetPassword } from '#server/accounts/manage-accounts.ts';
import { problemCode, testApp, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';

async function signIn(t: TestApp, username: string, password = TEST_PASSWORD) {
  const response = await t.post('/api/auth/sign-in', { username, password });
  expect(response.status).toBe(200);
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, body: (await response.json()) as Record<string, unknown> };
}
const me = (t: TestApp, cookie: string) => t.request('/api/auth/me', { headers: { cookie } });

/** Enrols `username` from a full session; returns its secret and recovery codes. */
async function enrol(t: TestApp, cookie: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await t.post('/api/auth/two-factor/start', {}, { cookie });
  expect(start.status).toBe(200);
  const { secret, uri, qrSvg } = (await start.json()) as { secret: string; uri: string; qrSvg: string };
  expect(uri).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg[^>]*>.*<\/svg>$/s);
  const confirm = await t.post('/api/auth/two-factor/confirm', { code: totpAt(secret, t.clock.now()) }, { cookie });
  expect(confirm.status).toBe(200);
  return { secret, recoveryCodes: ((await confirm.json()) as { recoveryCodes: string[] }).recoveryCodes };
}

describe('a temporary password', () => {
  it('must be replaced at the next sign-in before anything else, then the account is signed in', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'hoa01' });
    const id = findAccountByUsername(t.db, 'hoa01')!.id;
    const temporary = await resetPassword(t.db, id, new Date(t.clock.now()).toISOString());
    const { cookie, body } = await signIn(t, 'hoa01', temporary);
    expect(body).toEqual({ step: 'password' });
    const refused = await me(t, cookie);
    expect([refused.status, await problemCode(refused)]).toEqual([401, 'auth.stepRequired']);

    const same = await t.post('/api/auth/password', { currentPassword: temporary, newPassword: temporary }, { cookie });
    expect(await problemCode(same)).toBe('account.samePassword');
    const changed = await t.post('/api/auth/password', { currentPassword: temporary, newPassword: 'hoa-chooses-this' }, { cookie });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ account: { username: 'hoa01' } });
    expect((await me(t, cookie)).status).toBe(200);
    expect(readAccountSecurity(t.db, id)?.mustChangePassword).toBe(false);
  });

  it('a changed password ends the account’s other sessions and refuses the username as password', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'lan0001' });
    const first = await t.signIn('lan0001');
    const second = await t.signIn('lan0001');
    const weak = await t.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'LAN0001' + ' ' }, { cookie: second });
    expect([weak.status, await problemCode(weak)]).toEqual([400, 'account.weakPassword']);
    const wrong = await t.post('/api/auth/password', { currentPassword: 'not-mine', newPassword: 'a-brand-new-one' }, { cookie: second });
    expect([wrong.status, await problemCode(wrong)]).toEqual([400, 'account.wrongPassword']);
    const ok = await t.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-one' }, { cookie: second });
    expect(ok.status).toBe(200);
    expect((await me(t, second)).status).toBe(200);
    expect((await me(t, first)).status).toBe(401);
    expect((await t.post('/api/auth/sign-in', { username: 'lan0001', password: 'a-brand-new-one' })).status).toBe(200);
  });
});

describe('two-step sign-in', () => {
  it('asks an enrolled admin for a code after the password; a code of now (±30 s) opens the session, never twice', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'boss', role: 'admin' });
    const { secret } = await enrol(t, await t.signIn('boss'));

    const { cookie, body } = await signIn(t, 'boss');
    expect(body).toEqual({ step: 'code' });
    expect(await problemCode(await t.request('/api/admin/accounts', { headers: { cookie } }))).toBe('auth.stepRequired');
    // Another step's route is not this one's: the password cannot be changed before the code.
    const early = await t.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-one' }, { cookie });
    expect([early.status, await problemCode(early)]).toEqual([401, 'auth.stepRequired']);

    t.clock.advance(60_000);
    const late = await t.post('/api/auth/second-factor', { code: totpAt(secret, t.clock.now() - 60_000) }, { cookie });
    expect([late.status, await problemCode(late)]).toEqual([400, 'twoFactor.badCode']);
    const code = totpAt(secret, t.clock.now() - 30_000);
    const ok = await t.post('/api/auth/second-factor', { code }, { cookie });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ account: { username: 'boss' } });
    expect((await t.request('/api/admin/accounts', { headers: { cookie } })).status).toBe(200);

    const again = await signIn(t, 'boss');
    const replay = await t.post('/api/auth/second-factor', { code }, { cookie: again.cookie });
    expect(await problemCode(replay)).toBe('twoFactor.badCode');
    // Signing out of a session still waiting for its code ends it on the server too.
    expect((await t.post('/api/auth/sign-out', {}, { cookie: again.cookie })).status).toBe(204);
    t.clock.advance(30_000);
    const ended = await t.post('/api/auth/second-factor', { code: totpAt(secret, t.clock.now()) }, { cookie: again.cookie });
    expect([ended.status, await problemCode(ended)]).toEqual([401, 'auth.sessionExpired']);
  });

  it('takes each recovery code once, and ends the half-open session after five wrong codes', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'boss', role: 'admin' });
    const { recoveryCodes } = await enrol(t, await t.signIn('boss'));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // Stored hashed: no code appears in the database.
    const stored = t.db.prepare('SELECT code_hash FROM recovery_codes').pluck().all() as string[];
    expect(stored.some((hash) => recoveryCodes.some((code) => hash.includes(code.replace('-', ''))))).toBe(false);

    const first = await signIn(t, 'boss');
    expect((await t.post('/api/auth/second-factor', { code: recoveryCodes[0]!.toUpperCase() }, { cookie: first.cookie })).status).toBe(200);
    const second = await signIn(t, 'boss');
    expect(await problemCode(await t.post('/api/auth/second-factor', { code: recoveryCodes[0] }, { cookie: second.cookie }))).toBe('twoFactor.badCode');

    for (let i = 0; i < 3; i += 1) await t.post('/api/auth/second-factor', { code: 'wrong-code' }, { cookie: second.cookie });
    const fifth = await t.post('/api/auth/second-factor', { code: 'wrong-code' }, { cookie: second.cookie });
    expect([fifth.status, await problemCode(fifth)]).toEqual([401, 'auth.sessionExpired']);
    const after = await t.post('/api/auth/second-factor', { code: recoveryCodes[1] }, { cookie: second.cookie });
    expect(after.status).toBe(401);
  });

  it('with PHIEU_REQUIRE_2FA=1, leads an admin without it to enrol before anything else; others are not asked', async () => {
    const t = await testApp({ requireTwoFactor: true });
    await t.addAccount({ username: 'boss', role: 'admin' });
    await t.addAccount({ username: 'dtv77' });
    expect((await signIn(t, 'dtv77')).body).toMatchObject({ account: { username: 'dtv77' } });

    const { cookie, body } = await signIn(t, 'boss');
    expect(body).toEqual({ step: 'two-factor' });
    expect(await problemCode(await t.request('/api/admin/accounts', { headers: { cookie } }))).toBe('auth.stepRequired');
    await enrol(t, cookie);
    expect((await t.request('/api/admin/accounts', { headers: { cookie } })).status).toBe(200);
    expect((await signIn(t, 'boss')).body).toEqual({ step: 'code' });
  });

  it('an enumerator cannot enrol; a wrong first code does not turn it on', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv77' });
    await t.addAccount({ username: 'boss', role: 'admin' });
    const enumerator = await t.post('/api/auth/two-factor/start', {}, { cookie: await t.signIn('dtv77') });
    expect([enumerator.status, await problemCode(enumerator)]).toEqual([403, 'auth.forbidden']);
    const cookie = await t.signIn('boss');
    await t.post('/api/auth/two-factor/start', {}, { cookie });
    const pending = readAccountSecurity(t.db, findAccountByUsername(t.db, 'boss')!.id)!.totpPendingSecret!;
    // Ten minutes away: far outside the ±1 step window.
    const wrong = await t.post('/api/auth/two-factor/confirm', { code: totpAt(pending, t.clock.now() + 600_000) }, { cookie });
    expect(await problemCode(wrong)).toBe('twoFactor.badCode');
    expect((await signIn(t, 'boss')).body).toMatchObject({ account: { username: 'boss' } });
  });
});
