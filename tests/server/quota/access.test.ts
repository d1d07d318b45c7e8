// Who sees which quota figures: the admin every unit (and a 404 for what does not exist), a unit board only its
// own unit, and every other request from a board or an enumerator the same bare 403, whatever exists.
import { describe, expect, it } from 'vitest';
import { ProvinceDashboardSchema } from '#shared/api/quota.ts';
import { problemCode, testApp } from '../support/test-app.ts';
import { getUnit, signInDemo, SURVEY } from './support.ts';

describe('quota dashboards: who may see what', { timeout: 30_000 }, () => {
  it('gives the admin the province table of all 22 units, 1,000 forms in all', async () => {
    const t = await testApp({ demo: true });
    const cookie = await signInDemo(t, 'admin');
    const response = await t.request(`/api/quota/${SURVEY}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = ProvinceDashboardSchema.parse(await response.json());
    expect(body.units).toHaveLength(22);
    expect(body.units.reduce((sum, unit) => sum + unit.target, 0)).toBe(1000);
    expect(body.survey).toEqual({ slug: SURVEY, title: expect.any(String), modes: ['direct'] });
    expect(body.asOf).toBe(new Date(t.clock.now()).toISOString());
  });

  it('lets a unit board see its own unit, and the admin any unit', async () => {
    const t = await testApp({ demo: true });
    const board = await getUnit(t, await signInDemo(t, 'bxd01'), '01');
    expect(board.unit).toMatchObject({ no: '01', target: 45, counts: { received: 0, approved: 0, flagged: 0 }, waiting: 0 });
    const admin = await getUnit(t, await signInDemo(t, 'admin'), '21');
    expect(admin.unit.no).toBe('21');
  });

  it('answers a board asking for another unit, an unknown unit, an unknown survey, the province or exports with one identical 403', async () => {
    const t = await testApp({ demo: true });
    const cookie = await signInDemo(t, 'bxd01');
    const paths = [
      `/api/quota/${SURVEY}/units/02`, `/api/quota/${SURVEY}/units/99`, '/api/quota/no-such-survey/units/01',
      `/api/quota/${SURVEY}`, `/api/quota/${SURVEY}/export.csv`, `/api/quota/${SURVEY}/export.xlsx`,
      `/api/quota/${SURVEY}/units/01/answers`, `/api/quota/${SURVEY}/units/01/export.csv`, '/api/quota/no-such-survey',
      `/api/share-links?survey=${SURVEY}`,
    ];
    const answers = await Promise.all(paths.map(async (path) => {
      const response = await t.request(path, { headers: { cookie } });
      return `${response.status} ${await response.text()}`;
    }));
    expect(new Set(answers)).toEqual(new Set(['403 {"problem":{"code":"auth.forbidden","status":403}}']));
  });

  it('refuses an enumerator the dashboards, even for a unit it works on, with the same 403', async () => {
    const t = await testApp({ demo: true });
    const cookie = await signInDemo(t, 'dtv01');
    for (const path of [`/api/quota/${SURVEY}/units/01`, `/api/quota/${SURVEY}/units/03`, `/api/quota/${SURVEY}`]) {
      const response = await t.request(path, { headers: { cookie } });
      expect(`${response.status} ${await problemCode(response)}`).toBe('403 auth.forbidden');
    }
  });

  it('asks a visitor without an account to sign in', async () => {
    const t = await testApp({ demo: true });
    for (const path of [`/api/quota/${SURVEY}`, `/api/quota/${SURVEY}/units/01`]) {
      expect(await problemCode(await t.request(path))).toBe('auth.required');
    }
  });

  it('tells the admin when a survey or a unit does not exist', async () => {
    const t = await testApp({ demo: true });
    const cookie = await signInDemo(t, 'admin');
    const get = (path: string) => t.request(path, { headers: { cookie } });
    let response = await get('/api/quota/no-such-survey');
    expect([response.status, await problemCode(response)]).toEqual([404, 'survey.notFound']);
    response = await get(`/api/quota/${SURVEY}/units/99`);
    expect([response.status, await problemCode(response)]).toEqual([404, 'unit.notFound']);
    response = await get('/api/quota/no-such-survey/export.csv');
    expect([response.status, await problemCode(response)]).toEqual([404, 'survey.notFound']);
    response = await get(`/api/quota/${SURVEY}/units/01/answers`);
    expect([response.status, await problemCode(response)]).toEqual([404, 'route.notFound']);
  });
});
