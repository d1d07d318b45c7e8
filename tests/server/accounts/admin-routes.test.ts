// The admin's account routes through app.request over the demo database: create with field errors, edit, disable and
// enable (never oneself), reset to a temporary password shown once, units of a survey, the CSV import's preview and
// its all-or-nothing application, and removing an account's second factor.
import { beforeEach, describe, expect, it } from 'vitest';
import { demoPassword } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { listAssignmentsOfAccount } from '#server/repo/assignments.ts';
import { enableTotp, readAccountSecurity } from '#server/repo/account-security.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: string;
beforeEach(async () => {
  t = await testApp({ demo: true });
  admin = await t.signIn('admin', demoPassword('admin'));
});
const post = (path: string, body: unknown = {}) => t.post(path, body, { cookie: admin });
const idOf = (username: string) => findAccountByUsername(t.db, username)!.id;
const unitsOf = (username: string) => listAssignmentsOfAccount(t.db, idOf(username)).map((a) => a.unitNo);
const csv = (text: string) => ({ fileBase64: Buffer.from(`username,display_name,role,password,survey,units\n${text}`).toString('base64') });
const SURVEY = 'hung-yen-2026';

describe('creating and editing', () => {
  it('creates an enumerator with units, and lists it with its flags and assignments', async () => {
    const created = await post('/api/admin/accounts', {
      username: 'dtv30', displayName: 'Trần Văn Ba', role: 'enumerator', password: 'mat-khau-dtv30', assignments: [{ surveySlug: SURVEY, unitNos: ['03', '04'] }],
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ account: { username: 'dtv30', mustChangePassword: false, twoFactor: false, assignments: [{ unitNo: '03' }, { unitNo: '04' }] } });
    const list = (await (await t.request('/api/admin/accounts', { headers: { cookie: admin } })).json()) as { accounts: { username: string }[] };
    expect(list.accounts.map((a) => a.username)).toContain('dtv30');
  });

  it('says which field is wrong: a username taken, a password too short or equal to the username, an unknown unit', async () => {
    const base = { displayName: 'X', role: 'enumerator', password: 'long-enough-1' };
    const taken = await post('/api/admin/accounts', { ...base, username: 'dtv01' });
    expect([taken.status, await taken.json()]).toEqual([409, { problem: { code: 'account.usernameTaken', status: 409, params: { username: 'dtv01' } } }]);
    const short = await post('/api/admin/accounts', { ...base, username: 'dtv31', password: 'short' });
    expect([short.status, await short.json()]).toMatchObject([400, { problem: { code: 'request.invalid', params: { path: 'password' } } }]);
    const same = await post('/api/admin/accounts', { ...base, username: 'dtv31-long', password: 'dtv31-long' });
    expect([same.status, await same.json()]).toMatchObject([400, { problem: { code: 'account.weakPassword', params: { reason: 'username' } } }]);
    const unit = await post('/api/admin/accounts', { ...base, username: 'dtv32', assignments: [{ surveySlug: SURVEY, unitNos: ['99'] }] });
    expect([unit.status, await unit.json()]).toMatchObject([404, { problem: { code: 'unit.notFound', params: { unit: '99' } } }]);
    expect(findAccountByUsername(t.db, 'dtv32')).toBeUndefined();
  });

  it('edits the name and role; an admin cannot change their own role, disable or reset themselves', async () => {
    const edited = await post(`/api/admin/accounts/${idOf('dtv04')}`, { displayName: 'Tên mới', role: 'unit_board' });
    expect(await edited.json()).toMatchObject({ account: { displayName: 'Tên mới', role: 'unit_board' } });
    for (const [path, body] of [[`/${idOf('admin')}`, { role: 'enumerator' }], [`/${idOf('admin')}/disable`, {}], [`/${idOf('admin')}/reset-password`, {}]] as const) {
      const refused = await post(`/api/admin/accounts${path}`, body);
      expect([refused.status, await problemCode(refused)], path).toEqual([409, 'account.selfLockout']);
    }
  });

  it('disables (the account’s sessions end) and enables', async () => {
    const dtv05 = await t.signIn('dtv05', demoPassword('dtv05'));
    expect(await (await post(`/api/admin/accounts/${idOf('dtv05')}/disable`)).json()).toMatchObject({ account: { disabled: true } });
    expect((await t.request('/api/auth/me', { headers: { cookie: dtv05 } })).status).toBe(401);
    expect(await (await post(`/api/admin/accounts/${idOf('dtv05')}/enable`)).json()).toMatchObject({ account: { disabled: false } });
  });
});

describe('password reset', () => {
  it('answers a temporary password once; the old one stops working and the new one must be changed at sign-in', async () => {
    const session = await t.signIn('dtv06', demoPassword('dtv06'));
    const reset = await post(`/api/admin/accounts/${idOf('dtv06')}/reset-password`);
    const body = (await reset.json()) as { temporaryPassword: string; account: { mustChangePassword: boolean } };
    expect(body.temporaryPassword).toMatch(/^[a-z2-9]{12}$/);
    expect(body.account.mustChangePassword).toBe(true);
    expect((await t.request('/api/auth/me', { headers: { cookie: session } })).status).toBe(401);
    expect((await t.post('/api/auth/sign-in', { username: 'dtv06', password: demoPassword('dtv06') })).status).toBe(401);
    const signIn = await t.post('/api/auth/sign-in', { username: 'dtv06', password: body.temporaryPassword });
    expect(await signIn.json()).toEqual({ step: 'password' });
    // The list never carries it again.
    expect(await (await t.request('/api/admin/accounts', { headers: { cookie: admin } })).text()).not.toContain(body.temporaryPassword);
  });
});

describe('assignments', () => {
  it('replaces the units of one survey, refuses unknown units and units for an admin', async () => {
    expect(unitsOf('dtv01')).toEqual(['01', '02']);
    const set = await post(`/api/admin/accounts/${idOf('dtv01')}/assignments`, { surveySlug: SURVEY, unitNos: ['07', '08'] });
    expect(set.status).toBe(200);
    expect(unitsOf('dtv01')).toEqual(['07', '08']);
    const unknown = await post(`/api/admin/accounts/${idOf('dtv01')}/assignments`, { surveySlug: SURVEY, unitNos: ['07', '99'] });
    expect([unknown.status, await problemCode(unknown)]).toEqual([404, 'unit.notFound']);
    expect(unitsOf('dtv01')).toEqual(['07', '08']);
    const toAdmin = await post(`/api/admin/accounts/${idOf('admin')}/assignments`, { surveySlug: SURVEY, unitNos: ['01'] });
    expect(await problemCode(toAdmin)).toBe('account.assignmentsNotForRole');
  });
});

describe('CSV import', () => {
  it('previews new accounts, changed assignments and errors by line, changing nothing', async () => {
    const preview = await post('/api/admin/accounts/import/preview', csv(`csv01,Mới Một,enumerator,,${SURVEY},03 04\ndtv01,X,enumerator,,${SURVEY},02 05\nBad Name,Y,enumerator,,,\ncsv04,Z,enumerator,,${SURVEY},99\n`));
    expect(await preview.json()).toEqual({
      newAccounts: [{ line: 2, username: 'csv01', displayName: 'Mới Một', role: 'enumerator', surveySlug: SURVEY, unitNos: ['03', '04'], generatedPassword: true }],
      changedAssignments: [{ line: 3, username: 'dtv01', surveySlug: SURVEY, added: ['05'], removed: ['01'] }],
      unchanged: 0,
      errors: [
        { line: 4, code: 'accounts.csv.badUsername', params: { value: 'Bad Name' } },
        { line: 5, code: 'accounts.csv.unknownUnit', params: { unit: '99', survey: SURVEY } },
      ],
    });
    expect(findAccountByUsername(t.db, 'csv01')).toBeUndefined();
    const refused = await post('/api/admin/accounts/import', csv(`csv01,Mới Một,enumerator,,${SURVEY},03 04\nBad Name,Y,enumerator,,,\n`));
    expect([refused.status, await refused.json()]).toEqual([400, { problem: { code: 'account.csvInvalid', status: 400, params: { lines: 1 } } }]);
    expect(findAccountByUsername(t.db, 'csv01')).toBeUndefined();
  });

  it('applies a clean file: new accounts with temporary generated passwords, and changed units', async () => {
    const applied = await post('/api/admin/accounts/import', csv(`csv01,Mới Một,enumerator,,${SURVEY},03 04\ndtv01,X,enumerator,,${SURVEY},02 05\n`));
    const body = (await applied.json()) as { created: number; updated: number; generatedPasswords: { username: string; password: string }[] };
    expect(body).toMatchObject({ created: 1, updated: 1, generatedPasswords: [{ username: 'csv01' }] });
    expect(unitsOf('csv01')).toEqual(['03', '04']);
    expect(unitsOf('dtv01')).toEqual(['02', '05']);
    const signIn = await t.post('/api/auth/sign-in', { username: 'csv01', password: body.generatedPasswords[0]!.password });
    expect(await signIn.json()).toEqual({ step: 'password' });
  });
});

describe('second factor removal', () => {
  it('turns an admin’s 2FA off: the next sign-in asks for the password only', async () => {
    await t.addAccount({ username: 'boss2', role: 'admin' });
    enableTotp(t.db, idOf('boss2'), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', '2026-05-28T01:00:00.000Z', 0);
    expect(await (await t.post('/api/auth/sign-in', { username: 'boss2', password: 'correct-horse-battery' })).json()).toEqual({ step: 'code' });
    const off = await post(`/api/admin/accounts/${idOf('boss2')}/two-factor/disable`);
    expect(await off.json()).toMatchObject({ account: { twoFactor: false } });
    expect(readAccountSecurity(t.db, idOf('boss2'))?.totpSecret).toBeNull();
    expect(await (await t.post('/api/auth/sign-in', { username: 'boss2', password: 'correct-horse-battery' })).json()).toMatchObject({ account: { username: 'boss2' } });
  });
});
