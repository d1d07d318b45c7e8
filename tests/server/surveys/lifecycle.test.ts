// The survey lifecycle on the server (decision 0012): what each state allows, what devices receive, late uploads
// after closing (accepted and flagged), archiving with its answers kept, anonymised or deleted.
import { describe, expect, it } from 'vitest';
import { DeviceStateSchema } from '#shared/api/device.ts';
import { hungYen2026Units } from '#shared/demo/hung-yen-2026-units.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { loadPublishedVersions } from '#server/services/surveys.ts';
import { closeSurvey, openSurvey } from '#server/services/survey-lifecycle.ts';
import { createDraftSurvey, loadSurveyWithState } from '#server/services/survey-setup.ts';
import { problemCode, testApp, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';
import { makeSurvey, NOW, settings2022, settings2026 } from '../support/surveys.ts';
import { registerDevice } from '../sync/support.ts';

const SLUG = 'hung-yen-2026-b';

async function setup(options: { open?: boolean; slug?: string } = {}) {
  const t = await testApp();
  const slug = options.slug ?? SLUG;
  await t.addAccount({ username: 'quantri', role: 'admin' });
  await t.addAccount({ username: 'dtv07', role: 'enumerator' });
  makeSurvey(t.db, settings2026(slug), { open: options.open ?? true });
  // Assigned after the units exist (assignments name units).
  const { assignUnit } = await import('#server/repo/assignments.ts');
  const { findAccountByUsername } = await import('#server/repo/accounts.ts');
  const { findUnitByNo } = await import('#server/repo/surveys.ts');
  const surveyId = loadSurveyWithState(t.db, slug).id;
  assignUnit(t.db, findAccountByUsername(t.db, 'dtv07')!.id, findUnitByNo(t.db, surveyId, '07')!.id);
  const admin = await t.signIn('quantri');
  return { t, slug, admin };
}

const post = (t: TestApp, path: string, body: unknown, cookie: string) => t.post(path, body, { cookie });

async function deviceState(t: TestApp, token: string) {
  const response = await t.request('/api/device/state', { headers: { authorization: `Bearer ${token}` } });
  return DeviceStateSchema.parse(await response.json());
}

function version(t: TestApp, slug: string): QuestionnaireVersion {
  return loadPublishedVersions(t.db, loadSurveyWithState(t.db, slug).id)[0]!;
}

describe('a draft', () => {
  it('cannot open without a published version, nor without units', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'quantri', role: 'admin' });
    const admin = await t.signIn('quantri');
    createDraftSurvey(t.db, settings2026(), NOW);
    const response = await post(t, `/api/admin/surveys/${SLUG}/open`, {}, admin);
    expect(response.status).toBe(409);
    expect(await problemCode(response)).toBe('survey.notPublished');
    await post(t, `/api/admin/surveys/${SLUG}/versions`, { template: 'chinh-quyen-hai-cap' }, admin);
    expect((await post(t, `/api/admin/surveys/${SLUG}/versions/1/publish`, {}, admin)).status).toBe(200);
    expect(await problemCode(await post(t, `/api/admin/surveys/${SLUG}/open`, {}, admin))).toBe('survey.noUnits');
    expect(loadSurveyWithState(t.db, SLUG).state).toBe('draft');
  });

  it('never reaches a device, and opening sends it at the next sync', async () => {
    const { t, slug } = await setup({ open: false });
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    expect((await deviceState(t, device.token)).surveys).toEqual([]);
    openSurvey(t.db, slug, NOW);
    const [entry] = (await deviceState(t, device.token)).surveys;
    expect(entry!.state).toBe('open');
    expect(entry!.survey.units.map((u) => u.no)).toEqual(['07']);
    expect(entry!.serialRanges).toEqual({ '07': { first: '0701', last: '0745' } });
  });

  it('may change anything, its slug included', async () => {
    const { t, admin } = await setup({ open: false });
    const response = await post(t, `/api/admin/surveys/${SLUG}/settings`, { ...settings2026('ten-moi'), modes: ['direct'] }, admin);
    expect(response.status).toBe(200);
    expect(loadSurveyWithState(t.db, 'ten-moi').survey.slug).toBe('ten-moi');
  });
});

describe('an open survey', () => {
  it('extends its window, and a device sees the new window at its next sync', async () => {
    const { t, admin, slug } = await setup();
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    expect((await deviceState(t, device.token)).surveys[0]!.survey.fieldWindow.end).toBe('2026-06-02T23:59:59.999+07:00');
    const later = { ...settings2026(slug), windows: { direct: { start: '2026-05-28T00:00:00+07:00', end: '2026-06-03T23:59:59.999+07:00' } } };
    expect((await post(t, `/api/admin/surveys/${slug}/settings`, later, admin)).status).toBe(200);
    const survey = (await deviceState(t, device.token)).surveys[0]!.survey;
    expect(survey.fieldWindow.end).toBe('2026-06-03T23:59:59.999+07:00');
  });

  it('refuses a shorter window, another slug or a mode dropped, each naming its field', async () => {
    const { t, admin, slug } = await setup();
    const shorter = { ...settings2026(slug), windows: { direct: { start: '2026-05-28T00:00:00+07:00', end: '2026-06-01T23:59:59.999+07:00' } } };
    const refused = await post(t, `/api/admin/surveys/${slug}/settings`, shorter, admin);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ problem: { code: 'survey.changeRefused', params: { field: 'windows.direct.end', reason: 'window_shrunk' } } });
    const renamed = await post(t, `/api/admin/surveys/${slug}/settings`, settings2026('khac'), admin);
    expect(await renamed.json()).toMatchObject({ problem: { code: 'survey.changeRefused', params: { field: 'slug', reason: 'slug_fixed' } } });
  });

  it('lets units and quotas grow, never shrink a quota, never remove a unit holding interviews', async () => {
    const { t, admin, slug } = await setup();
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    const interviews = device.interviews({ count: 1, unitNos: ['07'], version: version(t, slug), firstDay: '2026-05-29', paperShare: 0 });
    await device.send(interviews);
    const units = hungYen2026Units.map((u) => (u.no === '01' ? { ...u, quota: 50 } : u));
    const grown = await post(t, `/api/admin/surveys/${slug}/units`, { units: [...units, { no: '23', code: 'HY-MOI', name: 'Đơn vị mới', kind: 'commune', quota: 10 }] }, admin);
    expect(grown.status).toBe(200);
    expect(loadSurveyWithState(t.db, slug).survey.units).toHaveLength(23);
    const lowered = await post(t, `/api/admin/surveys/${slug}/units`, { units: units.map((u) => (u.no === '02' ? { ...u, quota: 40 } : u)) }, admin);
    expect(await lowered.json()).toMatchObject({ problem: { code: 'survey.changeRefused', params: { field: 'units.02.quota', reason: 'quota_lowered' } } });
    const removed = await post(t, `/api/admin/surveys/${slug}/units`, { units: units.filter((u) => u.no !== '07') }, admin);
    expect(removed.status).toBe(409);
    expect(await removed.json()).toMatchObject({ problem: { code: 'survey.unitInUse', params: { unitNo: '07', count: 1 } } });
    const renumbered = await post(t, `/api/admin/surveys/${slug}/units`, { units: units.map((u) => (u.no === '07' ? { ...u, no: '70' } : u)) }, admin);
    expect(await problemCode(renumbered)).toBe('survey.unitInUse');
    expect(loadSurveyWithState(t.db, slug).survey.units).toHaveLength(23);
  });

  it('takes a questionnaire change as a new version; a published one never changes', async () => {
    const { t, admin, slug } = await setup();
    const copied = await post(t, `/api/admin/surveys/${slug}/versions`, { template: 'chinh-quyen-hai-cap' }, admin);
    expect(copied.status).toBe(201);
    expect(await copied.json()).toMatchObject({ version: { version: 2, status: 'draft', surveySlug: slug } });
    expect((await post(t, `/api/admin/surveys/${slug}/versions/1/publish`, {}, admin)).status).toBe(404);
    expect((await post(t, `/api/admin/surveys/${slug}/versions/2/publish`, {}, admin)).status).toBe(200);
    expect(loadPublishedVersions(t.db, loadSurveyWithState(t.db, slug).id).map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('an open survey’s modes and questionnaire', () => {
  it('refuses a mode dropped once opened; a mode may be added', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'quantri', role: 'admin' });
    const admin = await t.signIn('quantri');
    makeSurvey(t.db, settings2022(), { open: true });
    const direct = { ...settings2022(), modes: ['direct'], windows: { direct: settings2022().windows.direct } };
    const dropped = await post(t, '/api/admin/surveys/neu-guong-2022/settings', direct, admin);
    expect(await dropped.json()).toMatchObject({ problem: { code: 'survey.changeRefused', params: { field: 'modes', reason: 'mode_removed' } } });
    makeSurvey(t.db, settings2026(), { open: true });
    const withOnline = { ...settings2026(), modes: ['direct', 'online'], windows: { ...settings2026().windows, online: settings2022().windows.online } };
    expect((await post(t, `/api/admin/surveys/${SLUG}/settings`, withOnline, admin)).status).toBe(200);
    expect(loadSurveyWithState(t.db, SLUG).survey.windows?.online).toEqual(settings2022().windows.online);
  });

  it('refuses to publish a version that changes what an earlier code meant, and copies another survey’s version', async () => {
    const { t, admin, slug } = await setup();
    const draft = await (await post(t, `/api/admin/surveys/${slug}/versions`, { template: 'chinh-quyen-hai-cap' }, admin)).json() as { version: QuestionnaireVersion };
    const changed = structuredClone(draft.version);
    const c1 = changed.sections.flatMap((section) => section.questions).find((q) => q.variable === 'c1')!;
    if ('options' in c1) c1.options = c1.options.filter((o) => o.code !== 2);
    const surveyId = loadSurveyWithState(t.db, slug).id;
    t.db.prepare('UPDATE questionnaire_versions SET definition = ? WHERE survey_id = ? AND version = 2').run(JSON.stringify(changed), surveyId);
    const refused = await post(t, `/api/admin/surveys/${slug}/versions/2/publish`, {}, admin);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ problem: { code: 'survey.versionIncompatible', params: { field: 'c1', reason: 'survey.compat.code_removed' } } });
    createDraftSurvey(t.db, settings2026('vong-sau'), NOW);
    const copied = await post(t, '/api/admin/surveys/vong-sau/versions', { survey: slug, version: 1 }, admin);
    expect(copied.status).toBe(201);
    expect(await copied.json()).toMatchObject({ version: { surveySlug: 'vong-sau', version: 1, status: 'draft' } });
  });
});

describe('closing', () => {
  it('stops new interviews on devices but accepts late uploads, flagged after_close', async () => {
    const { t, admin, slug } = await setup();
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    const [finishedBefore] = device.interviews({ count: 1, unitNos: ['07'], version: version(t, slug), firstDay: '2026-05-29', paperShare: 0 });
    expect((await post(t, `/api/admin/surveys/${slug}/close`, {}, admin)).status).toBe(200);
    expect((await deviceState(t, device.token)).surveys[0]!.state).toBe('closed');
    const receipt = await device.send([finishedBefore]);
    expect(receipt.receipts[0]).toMatchObject({ outcome: 'accepted', flags: ['after_close'] });
  });

  it('can be undone by reopening (to extend the window), but a closed survey cannot be closed again', async () => {
    const { t, admin, slug } = await setup();
    closeSurvey(t.db, slug, NOW);
    expect(await problemCode(await post(t, `/api/admin/surveys/${slug}/close`, {}, admin))).toBe('survey.wrongState');
    expect((await post(t, `/api/admin/surveys/${slug}/open`, {}, admin)).status).toBe(200);
  });
});

describe('archiving', () => {
  it('needs a closed survey, and an export before anonymising or deleting', async () => {
    const { t, admin, slug } = await setup();
    expect(await problemCode(await post(t, `/api/admin/surveys/${slug}/archive`, { answers: 'keep' }, admin))).toBe('survey.wrongState');
    closeSurvey(t.db, slug, NOW);
    expect(await problemCode(await post(t, `/api/admin/surveys/${slug}/archive`, { answers: 'delete' }, admin))).toBe('survey.exportFirst');
    expect(loadSurveyWithState(t.db, slug).state).toBe('closed');
  });

  it('keeps the survey on devices, whose unsynced work still arrives, and anonymises what the server holds', async () => {
    const { t, admin, slug } = await setup();
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    const [synced, unsynced] = device.interviews({ count: 2, unitNos: ['07'], version: version(t, slug), firstDay: '2026-05-29', days: 1, paperShare: 1 });
    await device.send([synced]);
    closeSurvey(t.db, slug, NOW);
    const archived = await post(t, `/api/admin/surveys/${slug}/archive`, { answers: 'anonymise', exported: true }, admin);
    expect(archived.status).toBe(200);
    expect(await archived.json()).toMatchObject({ state: 'archived', answersDisposal: 'anonymised' });
    const row = t.db.prepare('SELECT device_id, record FROM interviews WHERE id = ?').get(synced!.id) as { device_id: string; record: string };
    const record = JSON.parse(row.record) as { deviceId: string; paper: { interviewerName: string }; answers: Record<string, unknown> };
    expect(row.device_id).toBe('00000000-0000-0000-0000-000000000000');
    expect(record.deviceId).toBe(row.device_id);
    expect(record.paper.interviewerName).toBe('-');
    expect(Object.keys(record.answers)).not.toContain('c16');
    expect((await deviceState(t, device.token)).surveys[0]!.state).toBe('archived');
    expect((await device.send([unsynced])).receipts[0]).toMatchObject({ outcome: 'accepted', flags: ['after_close'] });
    expect(await problemCode(await post(t, `/api/admin/surveys/${slug}/settings`, settings2026(slug), admin))).toBe('survey.changeRefused');
  });

  it('deletes the answers when asked after the export', async () => {
    const { t, admin, slug } = await setup();
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    await device.send(device.interviews({ count: 3, unitNos: ['07'], version: version(t, slug), firstDay: '2026-05-29' }));
    closeSurvey(t.db, slug, NOW);
    expect((await post(t, `/api/admin/surveys/${slug}/archive`, { answers: 'delete', exported: true }, admin)).status).toBe(200);
    expect(t.db.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM quota_unit_counts').pluck().get()).toBe(0);
  });
});

describe('windows per mode (seed 000)', () => {
  it('keeps the online window to 07:30–16:30 and the direct one to whole days', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'dtv07', role: 'enumerator' });
    makeSurvey(t.db, settings2022(), { open: true, units: hungYen2026Units.map((u) => ({ ...u, quota: 0 })) });
    const { assignUnit } = await import('#server/repo/assignments.ts');
    const { findAccountByUsername } = await import('#server/repo/accounts.ts');
    const { findUnitByNo } = await import('#server/repo/surveys.ts');
    assignUnit(t.db, findAccountByUsername(t.db, 'dtv07')!.id, findUnitByNo(t.db, loadSurveyWithState(t.db, 'neu-guong-2022').id, '07')!.id);
    const device = await registerDevice(t, 'dtv07', TEST_PASSWORD);
    const [a, b] = device.interviews({ count: 2, unitNos: ['07'], version: version(t, 'neu-guong-2022'), paperShare: 0 });
    const at = (iso: string) => ({ startedAt: new Date(Date.parse(iso) - 600_000).toISOString(), updatedAt: iso, finishedAt: iso });
    const lateOnline = { ...a!, mode: 'online' as const, serial: undefined, times: at('2022-08-17T17:00:00+07:00') };
    const lateDirect = { ...b!, times: at('2022-08-17T17:00:00+07:00') };
    delete (lateOnline as { serial?: string }).serial;
    const { receipts } = await device.send([lateOnline, lateDirect]);
    expect(receipts.find((r) => r.id === lateOnline.id)!.flags).toContain('outside_window');
    expect(receipts.find((r) => r.id === lateDirect.id)!.flags).not.toContain('outside_window');
  });
});
