// A survey manager on every admin route (decision 0012): share links made or revoked only in its surveys,
// quarantine items only of its surveys, assignments and imported accounts only in its surveys, no admin account
// made or touched, the office-wide routes (audit log, backups, devices) refused, its own device handing in and its
// drafts copied only in its surveys; a full admin reaches all.
import { describe, expect, it } from 'vitest';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { quarantineInterview } from '#server/repo/quarantine.ts';
import { setManagedSurveys } from '#server/repo/survey-admin.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { problemCode, testApp } from '../support/test-app.ts';
import { makeSurvey, settings2022, settings2026 } from '../support/surveys.ts';
import { registerDevice } from '../sync/support.ts';

/** Two surveys; 'tinh2' manages only the 2022 one; 'quantri' is a full admin. */
async function setup() {
  const t = await testApp();
  await t.addAccount({ username: 'quantri', role: 'admin' });
  await t.addAccount({ username: 'tinh2', role: 'admin' });
  await t.addAccount({ username: 'dtv', role: 'enumerator' });
  makeSurvey(t.db, settings2026());
  makeSurvey(t.db, settings2022());
  const full = await t.signIn('quantri');
  await t.post('/api/admin/surveys/managers', { accountId: findAccountByUsername(t.db, 'tinh2')!.id, surveys: ['neu-guong-2022'] }, { cookie: full });
  const manager = await t.signIn('tinh2');
  const as = (cookie: string) => ({
    post: (path: string, body: unknown = {}) => t.post(path, body, { cookie }),
    get: (path: string) => t.request(path, { headers: { cookie } }),
  });
  return { t, full: as(full), manager: as(manager), id: (username: string) => findAccountByUsername(t.db, username)!.id };
}

const OTHER = 'hung-yen-2026-b';
const MINE = 'neu-guong-2022';

describe('a survey manager and share links', () => {
  it('makes and revokes links only in its surveys', async () => {
    const { full, manager } = await setup();
    const refused = await manager.post('/api/share-links', { surveySlug: OTHER, unitNo: '07', label: 'UBND' });
    expect(await problemCode(refused)).toBe('survey.notManaged');
    const mine = await manager.post('/api/share-links', { surveySlug: MINE, unitNo: '07', label: 'UBND' });
    expect(mine.status).toBe(201);
    const { link } = await mine.json() as { link: { id: number } };
    expect((await manager.post(`/api/share-links/${link.id}/revoke`)).status).toBe(200);

    const other = await (await full.post('/api/share-links', { surveySlug: OTHER, unitNo: '07', label: 'UBND' })).json() as { link: { id: number } };
    expect(await problemCode(await manager.post(`/api/share-links/${other.link.id}/revoke`))).toBe('survey.notManaged');
    expect((await full.post(`/api/share-links/${other.link.id}/revoke`)).status).toBe(200);
  });
});

describe('a survey manager and the quarantine', () => {
  it('sees and resolves only its surveys’ items; an item of no survey is a full admin’s', async () => {
    const { t, full, manager, id } = await setup();
    const item = (interviewId: string, surveySlug: string | null) => quarantineInterview(t.db, {
      kind: 'rejected', interviewId, revision: 1, surveySlug, unitNo: '07', batchId: `b-${interviewId}`, deviceId: 'd-1',
      accountId: id('dtv'), reason: { code: 'sync.rejected.invalid' }, payload: '{}', payloadHash: interviewId, at: '2026-05-28T01:00:00.000Z',
    });
    item('mine', MINE);
    item('other', OTHER);
    item('unparsed', null);
    const listed = async (who: typeof full) => ((await (await who.get('/api/admin/quarantine')).json()) as { items: { id: number; interviewId: string }[] }).items;
    expect((await listed(manager)).map((i) => i.interviewId)).toEqual(['mine']);
    const all = await listed(full);
    expect(all.map((i) => i.interviewId).sort()).toEqual(['mine', 'other', 'unparsed']);
    const idOf = (interviewId: string) => all.find((i) => i.interviewId === interviewId)!.id;
    expect(await problemCode(await manager.post(`/api/admin/quarantine/${idOf('other')}/reject`, { reason: 'Phiếu thử' }))).toBe('survey.notManaged');
    expect(await problemCode(await manager.post(`/api/admin/quarantine/${idOf('unparsed')}/accept`))).toBe('survey.notManaged');
    expect(await problemCode(await manager.post(`/api/admin/quarantine/${idOf('other')}/accept`))).toBe('survey.notManaged');
    expect(await problemCode(await manager.get(`/api/admin/quarantine/${idOf('other')}`))).toBe('survey.notManaged');
    expect(await problemCode(await manager.post(`/api/admin/quarantine/${idOf('other')}/fix`, { payload: { id: 'other' } }))).toBe('survey.notManaged');
    expect((await manager.get(`/api/admin/quarantine/${idOf('mine')}`)).status).toBe(200);
    expect((await manager.post(`/api/admin/quarantine/${idOf('mine')}/reject`, { reason: 'Phiếu thử' })).status).toBe(200);
    expect((await full.post(`/api/admin/quarantine/${idOf('other')}/reject`, { reason: 'Phiếu thử' })).status).toBe(200);
  });
});

describe('a survey manager and accounts', () => {
  it('assigns units only in its surveys, by hand, at creation or by import', async () => {
    const { t, manager, id } = await setup();
    expect(await problemCode(await manager.post(`/api/admin/accounts/${id('dtv')}/assignments`, { surveySlug: OTHER, unitNos: ['07'] }))).toBe('survey.notManaged');
    expect((await manager.post(`/api/admin/accounts/${id('dtv')}/assignments`, { surveySlug: MINE, unitNos: ['07'] })).status).toBe(200);
    const create = (surveySlug: string) => manager.post('/api/admin/accounts', {
      username: `dtv-${surveySlug.slice(0, 4)}`, displayName: 'Mới', role: 'enumerator', password: 'mot-mat-khau-dai-du', assignments: [{ surveySlug, unitNos: ['07'] }],
    });
    expect(await problemCode(await create(OTHER))).toBe('survey.notManaged');
    expect((await create(MINE)).status).toBe(201);
    const csv = (survey: string) => ({ fileBase64: Buffer.from(`username,display_name,role,password,survey,units\ndtv9,Chín,enumerator,,${survey},07\n`).toString('base64') });
    for (const path of ['/api/admin/accounts/import/preview', '/api/admin/accounts/import']) {
      expect(await problemCode(await manager.post(path, csv(OTHER))), path).toBe('survey.notManaged');
    }
    expect(findAccountByUsername(t.db, 'dtv9')).toBeUndefined();
    expect((await manager.post('/api/admin/accounts/import', csv(MINE))).status).toBe(200);
  });

  it('neither makes an admin nor touches one: no way to a wider account', async () => {
    const { full, manager, id } = await setup();
    expect(await problemCode(await manager.post('/api/admin/accounts', {
      username: 'sep', displayName: 'Sếp', role: 'admin', password: 'mot-mat-khau-dai-du', assignments: [],
    }))).toBe('auth.forbidden');
    expect(await problemCode(await manager.post(`/api/admin/accounts/${id('dtv')}`, { role: 'admin' }))).toBe('auth.forbidden');
    for (const action of ['reset-password', 'disable', 'enable', 'two-factor/disable']) {
      expect(await problemCode(await manager.post(`/api/admin/accounts/${id('quantri')}/${action}`)), action).toBe('auth.forbidden');
    }
    expect((await manager.post(`/api/admin/accounts/${id('dtv')}`, { displayName: 'Điều tra viên' })).status).toBe(200);
    expect((await full.post(`/api/admin/accounts/${id('tinh2')}/reset-password`)).status).toBe(200);
  });
});

describe('a survey manager and the office-wide routes', () => {
  it('is refused the audit log, backups and devices; a full admin has them', async () => {
    const { full, manager } = await setup();
    for (const path of ['/api/admin/audit', '/api/admin/audit/export.csv', '/api/admin/backups', '/api/admin/devices']) {
      expect(await problemCode(await manager.get(path)), path).toBe('auth.forbidden');
    }
    expect(await problemCode(await manager.post('/api/admin/backups'))).toBe('auth.forbidden');
    expect(await problemCode(await manager.post('/api/admin/devices/d-1/revoke'))).toBe('auth.forbidden');
    for (const path of ['/api/admin/audit', '/api/admin/backups', '/api/admin/devices']) {
      expect((await full.get(path)).status, path).toBe(200);
    }
  });
});

describe('a survey manager’s own device and questionnaires', () => {
  it('hands in interviews only to its surveys: elsewhere it holds no unit', async () => {
    const t = await testApp({ demo: true });
    makeSurvey(t.db, settings2022());
    const admin = findAccountByUsername(t.db, 'admin')!.id;
    const device = await registerDevice(t, 'admin');
    setManagedSurveys(t.db, admin, [findSurveyBySlug(t.db, MINE)!.id]);
    const refused = await device.send(device.interviews({ count: 1, seed: 41 }));
    expect(refused.receipts.map((r) => [r.outcome, r.reason?.code])).toEqual([['rejected', 'sync.reason.unitNotAssigned']]);
    setManagedSurveys(t.db, admin, [findSurveyBySlug(t.db, 'hung-yen-2026')!.id]);
    const taken = await device.send(device.interviews({ count: 1, seed: 42 }));
    expect(taken.receipts.map((r) => r.outcome)).toEqual(['accepted']);
  });

  it('copies a version only from its own surveys or a template', async () => {
    const { manager } = await setup();
    expect(await problemCode(await manager.post(`/api/admin/surveys/${MINE}/versions`, { survey: OTHER, version: 1 }))).toBe('survey.notManaged');
    expect((await manager.post(`/api/admin/surveys/${MINE}/versions`, { template: 'chinh-quyen-hai-cap' })).status).toBe(201);
    expect((await manager.post(`/api/admin/surveys/${MINE}/versions`, { survey: MINE, version: 1 })).status).toBe(201);
  });
});
