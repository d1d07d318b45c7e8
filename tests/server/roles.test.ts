// Each role sees only what it may: the admin everything, an enumerator and a unit board their own units.
import { describe, expect, it } from 'vitest';
import type { SurveyListResponse } from '#shared/api/surveys.ts';
import { problemCode, testApp } from './support/test-app.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

async function surveysOf(t: Awaited<ReturnType<typeof testApp>>, username: string, password: string) {
  const cookie = await t.signIn(username, password);
  const response = await t.request('/api/surveys', { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json() as SurveyListResponse).surveys;
}

describe('roles on the demo database', () => {
  it('the admin sees the demo survey whole: 22 units, 1,000 forms', async () => {
    const t = await testApp({ demo: true });
    const [survey, ...others] = await surveysOf(t, 'admin', DEMO_PASSWORDS.admin);
    expect(others).toEqual([]);
    expect(survey).toMatchObject({ slug: 'hung-yen-2026', unitCount: 22, quotaTotal: 1000, modes: ['direct'] });
    expect(survey!.units).toHaveLength(22);
    expect(survey!.fieldWindow.start).toBe('2026-05-28T00:00:00+07:00');
  });

  it('an enumerator sees the survey with only the two units assigned', async () => {
    const t = await testApp({ demo: true });
    const [survey] = await surveysOf(t, 'dtv01', DEMO_PASSWORDS.enumerator);
    expect(survey).toMatchObject({ unitCount: 22, quotaTotal: 1000 });
    expect(survey!.units.map((u) => u.no)).toEqual(['01', '02']);
  });

  it('a unit board sees only its unit', async () => {
    const t = await testApp({ demo: true });
    const [survey] = await surveysOf(t, 'bxd01', DEMO_PASSWORDS.unit_board);
    expect(survey!.units).toEqual([{ no: '01', code: 'HY-PH01', name: 'Đảng bộ phường Phố Hiến', kind: 'ward', quota: 45 }]);
  });

  it('an account assigned nowhere sees no survey', async () => {
    const t = await testApp({ demo: true });
    await t.addAccount({ username: 'newclerk' });
    expect(await surveysOf(t, 'newclerk', 'correct-horse-battery')).toEqual([]);
  });

  it('only the admin may list and create accounts', async () => {
    const t = await testApp({ demo: true });
    for (const [username, password] of [['dtv01', DEMO_PASSWORDS.enumerator], ['bxd01', DEMO_PASSWORDS.unit_board]] as const) {
      const cookie = await t.signIn(username, password);
      const list = await t.request('/api/admin/accounts', { headers: { cookie } });
      expect(list.status).toBe(403);
      expect(await problemCode(list)).toBe('auth.forbidden');
      const create = await t.post('/api/admin/accounts', { username: 'intruder', displayName: 'x', role: 'admin', password: 'long-enough-1' }, { cookie });
      expect(create.status).toBe(403);
    }
    expect((await t.request('/api/admin/accounts')).status).toBe(401);
    const admin = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const { accounts } = await (await t.request('/api/admin/accounts', { headers: { cookie: admin } })).json() as { accounts: { username: string; passwordHash?: string }[] };
    expect(accounts.map((a) => a.username)).toContain('dtv11');
    expect(accounts.every((a) => a.passwordHash === undefined)).toBe(true);
  });

  it('the admin creates an account with assignments; bad units and taken names are refused whole', async () => {
    const t = await testApp({ demo: true });
    const cookie = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const created = await t.post('/api/admin/accounts', {
      username: 'dtv99', displayName: 'Trần Thị B', role: 'enumerator', password: 'mat-khau-dai',
      assignments: [{ surveySlug: 'hung-yen-2026', unitNos: ['07'] }],
    }, { cookie });
    expect(created.status).toBe(201);
    const [survey] = await surveysOf(t, 'dtv99', 'mat-khau-dai');
    expect(survey!.units.map((u) => u.no)).toEqual(['07']);

    const taken = await t.post('/api/admin/accounts', { username: 'dtv99', displayName: 'x', role: 'enumerator', password: 'mat-khau-dai' }, { cookie });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ problem: { code: 'account.usernameTaken', params: { username: 'dtv99' } } });

    const badUnit = await t.post('/api/admin/accounts', {
      username: 'dtv98', displayName: 'x', role: 'enumerator', password: 'mat-khau-dai',
      assignments: [{ surveySlug: 'hung-yen-2026', unitNos: ['01', '99'] }],
    }, { cookie });
    expect(badUnit.status).toBe(404);
    expect(await problemCode(badUnit)).toBe('unit.notFound');
    const { accounts } = await (await t.request('/api/admin/accounts', { headers: { cookie } })).json() as { accounts: { username: string }[] };
    expect(accounts.map((a) => a.username)).not.toContain('dtv98');
  });
});
