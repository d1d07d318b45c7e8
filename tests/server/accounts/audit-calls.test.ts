// Every account action writes one audit entry (read back from the audit log): what was done, to which account, and
// a summary that never holds a password, a secret or a code.
import { beforeEach, describe, expect, it } from 'vitest';
import { iterateAuditRows } from '#server/repo/audit-log.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { readAccountSecurity } from '#server/repo/account-security.ts';
import { totpAt } from '#server/auth/totp.ts';
import { testApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: string;
/** The entries written since the test began (the demo's own rows, if any, come before). */
let before = 0;
type Entry = { action: string; target: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
const entries = (): Entry[] => [...iterateAuditRows(t.db)].slice(before).map((row) => ({
  action: row.action, target: row.target,
  before: row.before === null ? null : JSON.parse(row.before) as Record<string, unknown>,
  after: row.after === null ? null : JSON.parse(row.after) as Record<string, unknown>,
}));
beforeEach(async () => {
  t = await testApp({ demo: true });
  before = [...iterateAuditRows(t.db)].length;
  admin = await t.signIn('admin', demoPassword('admin'));
});
const post = (path: string, body: unknown = {}, cookie = admin) => t.post(path, body, { cookie });
const idOf = (username: string) => findAccountByUsername(t.db, username)!.id;

describe('audit entries of account actions', () => {
  it('one per admin action, naming the action and the account', async () => {
    const created = await post('/api/admin/accounts', { username: 'dtv40', displayName: 'Bốn Mươi', role: 'enumerator', password: 'mat-khau-dtv40' });
    expect(created.status).toBe(201);
    const id = idOf('dtv40');
    await post(`/api/admin/accounts/${id}`, { displayName: 'Bốn Mươi (sửa)' });
    await post(`/api/admin/accounts/${id}/assignments`, { surveySlug: 'hung-yen-2026', unitNos: ['03', '04'] });
    await post(`/api/admin/accounts/${id}/disable`);
    await post(`/api/admin/accounts/${id}/enable`);
    const reset = (await (await post(`/api/admin/accounts/${id}/reset-password`)).json()) as { temporaryPassword: string };
    await post(`/api/admin/accounts/${id}/two-factor/disable`);
    const csv = Buffer.from('username,display_name,role,password,survey,units\ncsv50,N,enumerator,,hung-yen-2026,05\n').toString('base64');
    await post('/api/admin/accounts/import', { fileBase64: csv });
    expect(entries().map((entry) => [entry.action, entry.target])).toEqual([
      ['account.create', `account:${id}`],
      ['account.update', `account:${id}`],
      ['account.assign', `account:${id}`],
      ['account.disable', `account:${id}`],
      ['account.enable', `account:${id}`],
      ['account.resetPassword', `account:${id}`],
      ['account.twoFactorDisable', `account:${id}`],
      ['account.create', `account:${idOf('csv50')}`],
    ]);
    expect(entries()[1]).toMatchObject({ before: { displayName: 'Bốn Mươi' }, after: { displayName: 'Bốn Mươi (sửa)' } });
    expect(entries()[2]).toMatchObject({ before: { units: [] }, after: { units: ['03', '04'] } });
    const written = JSON.stringify(entries());
    expect(written).not.toContain('mat-khau-dtv40');
    expect(written).not.toContain(reset.temporaryPassword);
  });

  it('a refused action writes nothing; one’s own password change and 2FA enrolment are recorded without secrets', async () => {
    await post(`/api/admin/accounts/${idOf('admin')}/disable`);
    expect(entries()).toEqual([]);
    await post('/api/auth/two-factor/start');
    const secret = readAccountSecurity(t.db, idOf('admin'))!.totpPendingSecret!;
    const codes = (await (await post('/api/auth/two-factor/confirm', { code: totpAt(secret, t.clock.now()) })).json()) as { recoveryCodes: string[] };
    await post('/api/auth/password', { currentPassword: demoPassword('admin'), newPassword: 'a-new-admin-password' });
    expect(entries().map((entry) => entry.action)).toEqual(['account.twoFactorEnable', 'account.changePassword']);
    const written = JSON.stringify(entries());
    for (const secretText of [secret, 'a-new-admin-password', ...codes.recoveryCodes]) expect(written).not.toContain(secretText);
  });
});
