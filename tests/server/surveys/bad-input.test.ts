// Every refusal of the "Bad input", each with the field it names: a window ending before it starts, a
// slug taken, a units file with a bad line (nothing applied), a negative target, sub-quota cells above the unit's
// target, opening with no published version, and a survey manager reaching another survey.
import { describe, expect, it } from 'vitest';
import { suggestSlug } from '#shared/survey/settings.ts';
import { loadSurveyWithState } from '#server/services/survey-setup.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { problemCode, testApp } from '../support/test-app.ts';
import { makeSurvey, settings2022, settings2026 } from '../support/surveys.ts';

async function setup() {
  const t = await testApp();
  await t.addAccount({ username: 'quantri', role: 'admin' });
  const admin = await t.signIn('quantri');
  makeSurvey(t.db, settings2026());
  return { t, admin, post: (path: string, body: unknown, cookie = admin) => t.post(path, body, { cookie }) };
}

const problemOf = async (response: Response) => ((await response.json()) as { problem: { code: string; params?: Record<string, unknown> } }).problem;

describe('refusals of the survey setup', () => {
  it('a window that ends before it starts, named by its mode', async () => {
    const { post } = await setup();
    const body = { ...settings2022('nguoc'), windows: { ...settings2022().windows, online: { start: '2022-08-17T16:30:00+07:00', end: '2022-08-12T07:30:00+07:00' } } };
    const response = await post('/api/admin/surveys', body);
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'survey.invalidSettings', params: { field: 'windows.online.end', reason: 'window_end_before_start' } });
  });

  it('a slug taken', async () => {
    const { post } = await setup();
    const response = await post('/api/admin/surveys', settings2026());
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({ code: 'survey.slugTaken', params: { field: 'slug' } });
  });

  it('a units file with a bad line, named by its line, nothing applied', async () => {
    const { t, post } = await setup();
    const file = Buffer.from('no,code,name,kind,quota\n01,A,Phường A,ward,45\n02,B,Xã B,commune,bốn\n').toString('base64');
    const response = await post('/api/admin/surveys/hung-yen-2026-b/units/preview', { fileBase64: file });
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'survey.unitsFile', params: { line: 3, reason: 'survey.units.quota_not_number' } });
    expect(loadSurveyWithState(t.db, 'hung-yen-2026-b').survey.units).toHaveLength(22);
  });

  it('a negative target', async () => {
    const { post } = await setup();
    const response = await post('/api/admin/surveys/hung-yen-2026-b/units', { units: [{ no: '01', code: 'A', name: 'A', kind: 'ward', quota: -5 }] });
    expect(await problemOf(response)).toMatchObject({ code: 'survey.quotaNegative', params: { field: 'units.01.quota' } });
  });

  it('sub-quota cells adding up past the unit’s target', async () => {
    const { post } = await setup();
    const response = await post('/api/admin/surveys/hung-yen-2026-b/sub-quotas', { subQuotas: { variable: 'c1', targets: { '07': { 1: 25, 2: 25 } } } });
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'survey.subQuotaInvalid', params: { field: 'subQuotas.07', reason: 'above_quota', sum: 50, quota: 45 } });
    const fine = await post('/api/admin/surveys/hung-yen-2026-b/sub-quotas', { subQuotas: { variable: 'c1', targets: { '07': { 1: 20, 2: 25 } } } });
    expect(fine.status).toBe(200);
  });

  it('a survey manager reaching another survey; a full admin sees all', async () => {
    const { t, admin, post } = await setup();
    makeSurvey(t.db, settings2022());
    await t.addAccount({ username: 'tinh2', role: 'admin' });
    const manager = findAccountByUsername(t.db, 'tinh2')!.id;
    const set = await post('/api/admin/surveys/neu-guong-2022/managers', { accountIds: [manager] });
    expect(set.status).toBe(200);
    expect((await set.json() as { managers: { username: string; manages: boolean }[] }).managers).toEqual([expect.objectContaining({ username: 'tinh2', manages: true })]);
    const cookie = await t.signIn('tinh2');
    const other = await t.request('/api/admin/surveys/hung-yen-2026-b', { headers: { cookie } });
    expect(other.status).toBe(403);
    expect(await problemCode(other)).toBe('survey.notManaged');
    expect(await problemCode(await post('/api/admin/surveys/hung-yen-2026-b/close', {}, cookie))).toBe('survey.notManaged');
    const own = await (await t.request('/api/admin/surveys', { headers: { cookie } })).json() as { surveys: { slug: string }[] };
    expect(own.surveys.map((s) => s.slug)).toEqual(['neu-guong-2022']);
    expect(await problemCode(await post('/api/admin/surveys', settings2026('cua-toi'), cookie))).toBe('survey.notManaged');
    const all = await (await t.request('/api/admin/surveys', { headers: { cookie: admin } })).json() as { surveys: { slug: string }[] };
    expect(all.surveys.map((s) => s.slug).sort()).toEqual(['hung-yen-2026-b', 'neu-guong-2022']);
  });
});

describe('the slug suggested from a title', () => {
  it('is ASCII: Vietnamese marks stripped, đ → d', () => {
    expect(suggestSlug('Khảo sát Đảng bộ phường Đường Hào 2026')).toBe('khao-sat-dang-bo-phuong-duong-hao-2026');
    expect(suggestSlug('  “Trách nhiệm nêu gương” — 2022 ')).toBe('trach-nhiem-neu-guong-2022');
  });
});

describe('a survey manager on the other admin routes', () => {
  it('is refused the dashboard, exports and share links of a survey it does not manage', async () => {
    const { t, post } = await setup();
    makeSurvey(t.db, settings2022());
    await t.addAccount({ username: 'tinh2', role: 'admin' });
    await post('/api/admin/surveys/managers', { accountId: findAccountByUsername(t.db, 'tinh2')!.id, surveys: ['neu-guong-2022'] });
    const cookie = await t.signIn('tinh2');
    const get = (path: string) => t.request(path, { headers: { cookie } });
    for (const path of ['/api/quota/hung-yen-2026-b', '/api/admin/exports/hung-yen-2026-b/count', '/api/share-links?survey=hung-yen-2026-b']) {
      expect(await problemCode(await get(path)), path).toBe('survey.notManaged');
    }
    expect((await get('/api/quota/neu-guong-2022')).status).toBe(200);
  });
});

describe('sub-quotas before any version is published', () => {
  it('are still held to each unit’s target', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'quantri', role: 'admin' });
    const cookie = await t.signIn('quantri');
    const { createDraftSurvey, replaceUnits } = await import('#server/services/survey-setup.ts');
    const { hungYen2026Units } = await import('#shared/demo/hung-yen-2026-units.ts');
    createDraftSurvey(t.db, settings2026(), '2026-05-20T00:00:00.000Z');
    replaceUnits(t.db, 'hung-yen-2026-b', hungYen2026Units);
    const response = await t.post('/api/admin/surveys/hung-yen-2026-b/sub-quotas', { subQuotas: { variable: 'c1', targets: { '07': { 1: 30, 2: 25 } } } }, { cookie });
    expect(await problemOf(response)).toMatchObject({ code: 'survey.subQuotaInvalid', params: { field: 'subQuotas.07', reason: 'above_quota', sum: 55, quota: 45 } });
  });
});
