// One sample call for every registry entry, and what else each refuses: the contract test sends them all and holds
// each answer to the entry's schema. A route without a sample here fails the type check and the test.
import type { RouteKey } from '#shared/api/registry.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { findQuarantined, listQuarantineOfInterview } from '#server/repo/quarantine.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { enableTotp, readAccountSecurity } from '#server/repo/account-security.ts';
import { newTotpSecret, totpAt, totpStep } from '#server/auth/totp.ts';
import { TEST_PASSWORD } from '../support/test-app.ts';
import { registerDeviceWith, signInAs, type Ctx, type Sample } from './calls.ts';
import { RESULTS_SAMPLES } from './results-samples.ts';
import { REPORT_SAMPLES } from './report-samples.ts';
import { closeSurvey, copyVersionAsDraft } from '#server/services/survey-lifecycle.ts';
import { createDraftSurvey } from '#server/services/survey-setup.ts';
import { makeSurvey, NOW, settings2026 } from '../support/surveys.ts';
import { QUESTIONNAIRE_SAMPLES } from './questionnaire-samples.ts';
import { HANDOVER_SAMPLES } from './samples-handover.ts';
import { REVIEW_SAMPLES } from './review-samples.ts';
import { ONLINE_SAMPLES } from './samples-online.ts';

const survey = hungYen2026.survey.slug;
/** The unit board's own unit (bxd01 watches the first), and one it may not see. */
const boardUnit = hungYen2026.survey.units[0]!.no;
const otherUnit = hungYen2026.survey.units[6]!.no;
const admin = { session: 'admin' } as const;
const enumerator = { session: 'enumerator' } as const;
const badCookie = { headers: { cookie: 'phieu_session=not-a-session' } };
const badToken = { headers: { authorization: 'Bearer not-a-token' } };

async function createLink(ctx: Ctx): Promise<{ id: string; token: string }> {
  const response = await ctx.t.post('/api/share-links', { surveySlug: survey, unitNo: boardUnit }, { cookie: ctx.as.admin.cookie });
  const { link, token } = (await response.json()) as { link: { id: number }; token: string };
  return { id: String(link.id), token };
}

async function takeBackup(ctx: Ctx): Promise<string> {
  const response = await ctx.t.post('/api/admin/backups', {}, { cookie: ctx.as.admin.cookie });
  return ((await response.json()) as { backup: { name: string } }).backup.name;
}

function accountId(ctx: Ctx, username: string): string {
  return String(findAccountByUsername(ctx.t.db, username)!.id);
}

/** A fresh account signed in (its own session, so a sample may change its password or enrol it). */
let fresh = 0;
async function freshSession(ctx: Ctx, role: 'admin' | 'enumerator' = 'enumerator'): Promise<{ cookie: string; id: number; username: string }> {
  const username = `sample-account-${++fresh}`;
  await ctx.t.addAccount({ username, role });
  return { cookie: await ctx.t.signIn(username), id: findAccountByUsername(ctx.t.db, username)!.id, username };
}

/** An admin with a second factor, half signed in: the cookie of the session waiting for its code, and that code. */
async function awaitingCode(ctx: Ctx): Promise<{ cookie: string; code: string }> {
  const { id, username } = await freshSession(ctx, 'admin');
  const secret = newTotpSecret();
  const now = ctx.t.clock.now();
  enableTotp(ctx.t.db, id, secret, new Date(now).toISOString(), totpStep(now) - 2);
  return { cookie: await ctx.t.signIn(username), code: totpAt(secret, now) };
}

const csv = (text: string) => Buffer.from(text).toString('base64');

let surveyCount = 0;
/** A survey of its own for a sample that changes one: a draft, or made and opened through the setup services. */
function ownSurvey(ctx: Ctx, as: 'draft' | 'ready' | 'open' | 'closed'): string {
  const slug = `mau-${++surveyCount}`;
  if (as === 'draft') createDraftSurvey(ctx.t.db, settings2026(slug), NOW);
  else makeSurvey(ctx.t.db, settings2026(slug), { open: as !== 'ready' });
  if (as === 'closed') closeSurvey(ctx.t.db, slug, NOW);
  return slug;
}

const unitsCsv = Buffer.from('no,code,name,kind,quota\n01,A,Phường A,ward,45\n02,B,Xã B,commune,-3\n').toString('base64');
const goodCsv = Buffer.from('no,code,name,kind,quota\n01,A,Phường A,ward,45\n').toString('base64');

function batch(ctx: Ctx, protocol = 1, deviceId = ctx.as.enumerator.deviceId) {
  const { accountId: id } = ctx.as.enumerator;
  const interviews = generateInterviews({ version: hungYen2026.versions[0]!, unitNos: [boardUnit], accountId: id, deviceId, count: 1 });
  return { protocol, batchId: crypto.randomUUID(), deviceId, sentAt: new Date(ctx.t.clock.now()).toISOString(), interviews };
}

/** A finished interview handed in by a device of the enumerator revoked before it synced: its quarantine item's id. */
async function handedIn(ctx: Ctx): Promise<string> {
  const { deviceId, token } = await registerDeviceWith(ctx.t, ctx.as.enumerator.cookie);
  await ctx.t.post(`/api/devices/${deviceId}/revoke`, {}, { cookie: ctx.as.enumerator.cookie });
  // A new interview each time (the generator repeats its ids): the same payload would be quarantined once only.
  const generated = batch(ctx, 1, deviceId);
  const sent = { ...generated, interviews: generated.interviews.map((interview) => ({ ...interview, id: crypto.randomUUID() })) };
  const response = await ctx.t.post('/api/sync/batches', sent, { authorization: `Bearer ${token}` });
  if (response.status !== 200) throw new Error(`hand-in failed: ${response.status} ${await response.text()}`);
  return String(listQuarantineOfInterview(ctx.t.db, sent.interviews[0]!.id)[0]!.id);
}

export const SAMPLES = {
  'GET /api/health': { ok: () => ({ as: 'nobody' }), refusals: () => [] },
  'POST /api/auth/sign-in': {
    ok: () => ({ as: 'nobody', body: { username: 'dtv02', password: DEMO_PASSWORDS.enumerator } }),
    refusals: () => [
      { why: 'a wrong password', as: 'nobody', body: { username: 'dtv02', password: 'wrong-password' }, status: 401, code: 'auth.badCredentials' },
      { why: 'no password', as: 'nobody', body: { username: 'dtv02' }, status: 400, code: 'request.invalid' },
      { why: 'a body that is not JSON', as: 'nobody', body: '{"username":', status: 400, code: 'request.malformedJson' },
    ],
  },
  'POST /api/auth/second-factor': {
    ok: async (ctx) => {
      const { cookie, code } = await awaitingCode(ctx);
      return { as: { headers: { cookie } }, body: { code } };
    },
    refusals: async (ctx) => [
      { why: 'no session waiting for a code', as: 'nobody', body: { code: '123456' }, status: 401, code: 'auth.required' },
      { why: 'a session fully signed in', as: admin, body: { code: '123456' }, status: 401, code: 'auth.required' },
      { why: 'a wrong code', as: { headers: { cookie: (await awaitingCode(ctx)).cookie } }, body: { code: 'abcdef' }, status: 400, code: 'twoFactor.badCode' },
    ],
  },
  'POST /api/auth/password': {
    ok: async (ctx) => ({
      as: { headers: { cookie: (await freshSession(ctx)).cookie } },
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' },
    }),
    refusals: async (ctx) => {
      const { cookie, username } = await freshSession(ctx);
      const as = { headers: { cookie } };
      return [
        { why: 'a wrong current password', as, body: { currentPassword: 'not-it', newPassword: 'a-new-long-password' }, status: 400, code: 'account.wrongPassword' },
        { why: 'the username as password', as, body: { currentPassword: TEST_PASSWORD, newPassword: username }, status: 400, code: 'account.weakPassword' },
        { why: 'a short password', as, body: { currentPassword: TEST_PASSWORD, newPassword: 'short' }, status: 400, code: 'request.invalid' },
        { why: 'the same password', as, body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, status: 400, code: 'account.samePassword' },
      ];
    },
  },
  'POST /api/auth/two-factor/start': { ok: () => ({ as: admin }), refusals: () => [] },
  'POST /api/auth/two-factor/confirm': {
    ok: async (ctx) => {
      const { cookie, id } = await freshSession(ctx, 'admin');
      await ctx.t.post('/api/auth/two-factor/start', {}, { cookie });
      const secret = readAccountSecurity(ctx.t.db, id)!.totpPendingSecret!;
      return { as: { headers: { cookie } }, body: { code: totpAt(secret, ctx.t.clock.now()) } };
    },
    refusals: async (ctx) => {
      const { cookie } = await freshSession(ctx, 'admin');
      return [
        { why: 'no enrolment started', as: { headers: { cookie } }, body: { code: '123456' }, status: 409, code: 'twoFactor.notEnrolling' },
        { why: 'no code', as: { headers: { cookie } }, body: { code: '' }, status: 400, code: 'request.invalid' },
      ];
    },
  },
  'POST /api/auth/sign-out': {
    ok: async (ctx) => ({ as: { headers: { cookie: await signInAs(ctx.t, 'enumerator') } } }),
    refusals: () => [],
  },
  'GET /api/auth/me': {
    ok: () => ({ as: enumerator }),
    refusals: () => [{ why: 'a session that does not exist', as: badCookie, status: 401, code: 'auth.sessionExpired' }],
  },
  'POST /api/devices': {
    ok: () => ({ as: enumerator, body: { deviceId: crypto.randomUUID(), label: 'phone', publicKey: null } }),
    refusals: (ctx) => [
      { why: 'a device id that is no UUID', as: enumerator, body: { deviceId: 'phone-1' }, status: 400, code: 'request.invalid' },
      { why: 'another account’s device id', as: enumerator, body: { deviceId: ctx.as.admin.deviceId }, status: 409, code: 'device.taken' },
    ],
  },
  'POST /api/devices/:id/revoke': {
    ok: async (ctx) => ({ as: enumerator, params: { id: (await registerDeviceWith(ctx.t, ctx.as.enumerator.cookie)).deviceId } }),
    refusals: async (ctx) => [
      { why: 'an unknown device', as: enumerator, params: { id: crypto.randomUUID() }, status: 404, code: 'device.notFound' },
      {
        why: 'someone else’s device, answered as if unknown', as: enumerator,
        params: { id: (await registerDeviceWith(ctx.t, ctx.as.admin.cookie)).deviceId }, status: 404, code: 'device.notFound',
      },
    ],
  },
  'GET /api/device/state': {
    ok: () => ({ as: { device: 'enumerator' } }),
    refusals: () => [{ why: 'a token never issued', as: badToken, status: 401 }],
  },
  'GET /api/surveys': { ok: () => ({ as: { session: 'unit_board' } }), refusals: () => [] },

  'GET /api/admin/accounts': { ok: () => ({ as: admin }), refusals: () => [] },
  'POST /api/admin/accounts': {
    ok: () => ({ as: admin, body: { username: 'dtv99', displayName: 'Điều tra viên 99', role: 'enumerator', password: 'a-long-password' } }),
    refusals: () => [
      { why: 'a username taken', as: admin, body: { username: 'dtv01', displayName: 'X', role: 'enumerator', password: 'a-long-password' }, status: 409, code: 'account.usernameTaken' },
      { why: 'an unknown role', as: admin, body: { username: 'dtv98', displayName: 'X', role: 'boss', password: 'a-long-password' }, status: 400, code: 'request.invalid' },
    ],
  },
  'POST /api/admin/accounts/:id/disable': {
    ok: (ctx) => ({ as: admin, params: { id: accountId(ctx, 'dtv05') } }),
    refusals: () => [
      { why: 'an unknown account', as: admin, params: { id: '99999' }, status: 404, code: 'account.notFound' },
      { why: 'an id that is no number', as: admin, params: { id: 'dtv05' }, status: 404, code: 'account.notFound' },
    ],
  },
  'POST /api/admin/accounts/:id/enable': {
    ok: (ctx) => ({ as: admin, params: { id: accountId(ctx, 'dtv05') } }),
    refusals: () => [{ why: 'an unknown account', as: admin, params: { id: '99999' }, status: 404, code: 'account.notFound' }],
  },
  'GET /api/admin/devices': {
    ok: (ctx) => ({ as: admin, query: { account: String(ctx.as.enumerator.accountId) } }),
    refusals: () => [{ why: 'an account id that is no number', as: admin, query: { account: 'dtv01' }, status: 400, code: 'request.invalid' }],
  },
  'POST /api/admin/devices/:id/revoke': {
    ok: async (ctx) => ({ as: admin, params: { id: (await registerDeviceWith(ctx.t, ctx.as.enumerator.cookie)).deviceId } }),
    refusals: () => [{ why: 'an unknown device', as: admin, params: { id: crypto.randomUUID() }, status: 404, code: 'device.notFound' }],
  },
  'GET /api/admin/quarantine': {
    ok: () => ({ as: admin, query: { state: 'all' } }),
    refusals: () => [{ why: 'an unknown state', as: admin, query: { state: 'later' }, status: 400, code: 'request.invalid' }],
  },
  'POST /api/admin/quarantine/:id/accept': {
    ok: async (ctx) => ({ as: admin, params: { id: await handedIn(ctx) } }),
    refusals: async (ctx) => {
      const rejected = await handedIn(ctx);
      await ctx.t.post(`/api/admin/quarantine/${rejected}/reject`, { reason: 'Phiếu thử' }, { cookie: ctx.as.admin.cookie });
      return [
        { why: 'an unknown item', as: admin, params: { id: '99999' }, status: 404, code: 'quarantine.notFound' },
        { why: 'an item already rejected', as: admin, params: { id: rejected }, status: 409, code: 'quarantine.alreadyResolved' },
      ];
    },
  },
  'POST /api/admin/quarantine/:id/reject': {
    ok: async (ctx) => ({ as: admin, params: { id: await handedIn(ctx) }, body: { reason: 'Máy bị mất' } }),
    refusals: async (ctx) => [
      { why: 'an id that is no number', as: admin, params: { id: 'x' }, body: { reason: 'x' }, status: 404, code: 'quarantine.notFound' },
      { why: 'no reason', as: admin, params: { id: await handedIn(ctx) }, body: { reason: ' ' }, status: 400, code: 'request.invalid' },
    ],
  },
  'GET /api/admin/quarantine/:id': {
    ok: async (ctx) => ({ as: admin, params: { id: await handedIn(ctx) } }),
    refusals: () => [{ why: 'an unknown item', as: admin, params: { id: '99999' }, status: 404, code: 'quarantine.notFound' }],
  },
  'POST /api/admin/quarantine/:id/fix': {
    ok: async (ctx) => {
      const id = await handedIn(ctx);
      return { as: admin, params: { id }, body: { payload: JSON.parse(findQuarantined(ctx.t.db, Number(id))!.payload) as Record<string, unknown> } };
    },
    refusals: async (ctx) => {
      const id = await handedIn(ctx);
      const payload = JSON.parse(findQuarantined(ctx.t.db, Number(id))!.payload) as Record<string, unknown>;
      return [
        { why: 'another interview', as: admin, params: { id }, body: { payload: { ...payload, id: crypto.randomUUID() } }, status: 400, code: 'quarantine.notInterview' },
        { why: 'a fix the checks refuse', as: admin, params: { id }, body: { payload: { ...payload, unitNo: '77' } }, status: 409, code: 'quarantine.cannotAccept' },
      ];
    },
  },
  'POST /api/admin/accounts/:id': {
    ok: (ctx) => ({ as: admin, params: { id: accountId(ctx, 'dtv06') }, body: { displayName: 'Điều tra viên 6 (đã sửa)' } }),
    refusals: (ctx) => [
      { why: 'an unknown account', as: admin, params: { id: '99999' }, body: {}, status: 404, code: 'account.notFound' },
      { why: 'an admin changing their own role', as: admin, params: { id: accountId(ctx, 'admin') }, body: { role: 'enumerator' }, status: 409, code: 'account.selfLockout' },
      { why: 'an unknown role', as: admin, params: { id: accountId(ctx, 'dtv06') }, body: { role: 'boss' }, status: 400, code: 'request.invalid' },
    ],
  },
  'POST /api/admin/accounts/:id/reset-password': {
    ok: (ctx) => ({ as: admin, params: { id: accountId(ctx, 'dtv07') } }),
    refusals: (ctx) => [
      { why: 'an unknown account', as: admin, params: { id: '99999' }, status: 404, code: 'account.notFound' },
      { why: 'an admin resetting their own password', as: admin, params: { id: accountId(ctx, 'admin') }, status: 409, code: 'account.selfLockout' },
    ],
  },
  'POST /api/admin/accounts/:id/assignments': {
    ok: (ctx) => ({ as: admin, params: { id: accountId(ctx, 'dtv08') }, body: { surveySlug: survey, unitNos: [boardUnit, otherUnit] } }),
    refusals: (ctx) => [
      { why: 'an unknown unit', as: admin, params: { id: accountId(ctx, 'dtv08') }, body: { surveySlug: survey, unitNos: ['999'] }, status: 404, code: 'unit.notFound' },
      { why: 'an unknown survey', as: admin, params: { id: accountId(ctx, 'dtv08') }, body: { surveySlug: 'nowhere', unitNos: [] }, status: 404, code: 'survey.notFound' },
      { why: 'units for an admin', as: admin, params: { id: accountId(ctx, 'admin') }, body: { surveySlug: survey, unitNos: [boardUnit] }, status: 400, code: 'account.assignmentsNotForRole' },
    ],
  },
  'POST /api/admin/accounts/:id/two-factor/disable': {
    ok: (ctx) => ({ as: admin, params: { id: accountId(ctx, 'dtv09') } }),
    refusals: () => [{ why: 'an unknown account', as: admin, params: { id: '99999' }, status: 404, code: 'account.notFound' }],
  },
  'POST /api/admin/accounts/import/preview': {
    ok: () => ({
      as: admin,
      body: { fileBase64: csv(`username,display_name,role,password,survey,units\ncsv01,Mới,enumerator,,${survey},${boardUnit}\ndtv10,X,enumerator,,${survey},${otherUnit}\nbad name,Y,enumerator,,,\n`) },
    }),
    refusals: () => [{ why: 'no file', as: admin, body: { fileBase64: '' }, status: 400, code: 'request.invalid' }],
  },
  'POST /api/admin/accounts/import': {
    ok: () => ({ as: admin, body: { fileBase64: csv(`username,display_name,role,password,survey,units\ncsv02,Mới,enumerator,,${survey},${boardUnit}\n`) } }),
    refusals: () => [
      { why: 'a file with a bad line', as: admin, body: { fileBase64: csv('username,display_name,role\ncsv03,Z,boss\n') }, status: 400, code: 'account.csvInvalid' },
    ],
  },
  'GET /api/admin/surveys': { ok: () => ({ as: admin }), refusals: () => [] },
  'POST /api/admin/surveys': {
    ok: () => ({ as: admin, body: settings2026('khao-sat-moi') }),
    refusals: () => [
      { why: 'a slug taken', as: admin, body: settings2026(survey), status: 409, code: 'survey.slugTaken' },
      {
        why: 'a window that ends before it starts', as: admin, status: 400, code: 'survey.invalidSettings',
        body: { ...settings2026('nguoc'), windows: { direct: { start: '2026-06-02T00:00:00+07:00', end: '2026-05-28T00:00:00+07:00' } } },
      },
      { why: 'no mode', as: admin, body: { ...settings2026('khong-mode'), modes: [] }, status: 400, code: 'request.invalid' },
    ],
  },
  'GET /api/admin/surveys/templates': { ok: () => ({ as: admin }), refusals: () => [] },
  'POST /api/admin/surveys/managers': {
    ok: (ctx) => ({ as: admin, body: { accountId: ctx.as.admin.accountId, surveys: [] } }),
    refusals: (ctx) => [
      { why: 'an enumerator made a manager', as: admin, body: { accountId: ctx.as.enumerator.accountId, surveys: [survey] }, status: 404, code: 'account.notFound' },
    ],
  },
  'GET /api/admin/surveys/:slug': {
    ok: () => ({ as: admin, params: { slug: survey } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, status: 404, code: 'survey.notFound' }],
  },
  'POST /api/admin/surveys/:slug/settings': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: settings2026('doi-ten') }),
    refusals: (ctx) => {
      const open = ownSurvey(ctx, 'open');
      return [
        { why: 'a window shortened while open', as: admin, params: { slug: open }, status: 409, code: 'survey.changeRefused',
          body: { ...settings2026(open), windows: { direct: { start: '2026-05-29T00:00:00+07:00', end: '2026-06-02T23:59:59.999+07:00' } } } },
        { why: 'another survey’s slug', as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: settings2026(survey), status: 409, code: 'survey.slugTaken' },
      ];
    },
  },
  'POST /api/admin/surveys/:slug/units/preview': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: { fileBase64: goodCsv } }),
    refusals: (ctx) => [
      { why: 'a file with a bad line', as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: { fileBase64: unitsCsv }, status: 400, code: 'survey.unitsFile' },
    ],
  },
  'POST /api/admin/surveys/:slug/units': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: { units: [{ no: '01', code: 'A', name: 'Phường A', kind: 'ward', quota: 45 }] } }),
    refusals: (ctx) => [
      { why: 'a negative target', as: admin, params: { slug: ownSurvey(ctx, 'draft') }, status: 400, code: 'survey.quotaNegative',
        body: { units: [{ no: '01', code: 'A', name: 'Phường A', kind: 'ward', quota: -1 }] } },
    ],
  },
  'POST /api/admin/surveys/:slug/sub-quotas': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'ready') }, body: { subQuotas: { variable: 'c1', targets: { '07': { 1: 20, 2: 25 } } } } }),
    refusals: (ctx) => [
      { why: 'cells above the unit’s target', as: admin, params: { slug: ownSurvey(ctx, 'ready') }, status: 400, code: 'survey.subQuotaInvalid',
        body: { subQuotas: { variable: 'c1', targets: { '07': { 1: 30, 2: 30 } } } } },
    ],
  },
  'POST /api/admin/surveys/:slug/versions': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: { template: 'chinh-quyen-hai-cap' } }),
    refusals: (ctx) => [
      { why: 'an unknown template', as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: { template: 'khong-co' }, status: 404, code: 'survey.templateNotFound' },
    ],
  },
  'POST /api/admin/surveys/:slug/versions/:version/publish': {
    ok: (ctx) => {
      const slug = ownSurvey(ctx, 'draft');
      return { as: admin, params: { slug, version: String(copyVersionAsDraft(ctx.t.db, slug, { template: 'chinh-quyen-hai-cap' }).version) } };
    },
    refusals: () => [{ why: 'no such draft', as: admin, params: { slug: survey, version: '99' }, status: 404, code: 'survey.versionNotFound' }],
  },
  'POST /api/admin/surveys/:slug/open': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'ready') } }),
    refusals: (ctx) => [
      { why: 'no published version', as: admin, params: { slug: ownSurvey(ctx, 'draft') }, status: 409, code: 'survey.notPublished' },
    ],
  },
  'POST /api/admin/surveys/:slug/close': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'open') } }),
    refusals: (ctx) => [{ why: 'a draft', as: admin, params: { slug: ownSurvey(ctx, 'draft') }, status: 409, code: 'survey.wrongState' }],
  },
  'POST /api/admin/surveys/:slug/managers': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'draft') }, body: { accountIds: [] } }),
    refusals: (ctx) => [
      { why: 'an enumerator made a manager', as: admin, params: { slug: survey }, body: { accountIds: [ctx.as.enumerator.accountId] }, status: 404, code: 'account.notFound' },
      { why: 'the caller limiting itself', as: admin, params: { slug: survey }, body: { accountIds: [ctx.as.admin.accountId] }, status: 404, code: 'account.notFound' },
    ],
  },
  'POST /api/admin/surveys/:slug/archive': {
    ok: (ctx) => ({ as: admin, params: { slug: ownSurvey(ctx, 'closed') }, body: { answers: 'anonymise', exported: true } }),
    refusals: (ctx) => [
      { why: 'deleting before the export', as: admin, params: { slug: ownSurvey(ctx, 'closed') }, body: { answers: 'delete' }, status: 409, code: 'survey.exportFirst' },
      { why: 'an open survey', as: admin, params: { slug: ownSurvey(ctx, 'open') }, body: { answers: 'keep' }, status: 409, code: 'survey.wrongState' },
    ],
  },
  'GET /api/admin/exports/:slug/count': {
    ok: () => ({ as: admin, params: { slug: survey }, query: { units: boardUnit, status: 'received' } }),
    refusals: () => [
      { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, status: 404, code: 'survey.notFound' },
      { why: 'an unknown filter', as: admin, params: { slug: survey }, query: { unit: boardUnit }, status: 400, code: 'export.invalidFilter' },
      { why: 'a unit not in the survey', as: admin, params: { slug: survey }, query: { units: '999' }, status: 400, code: 'export.unknownUnit' },
    ],
  },
  'GET /api/admin/exports/:slug': {
    ok: () => ({ as: admin, params: { slug: survey }, query: { format: 'csv', labels: '1' } }),
    refusals: () => [
      { why: 'an unknown format', as: admin, params: { slug: survey }, query: { format: 'doc' }, status: 400, code: 'export.unknownFormat' },
      { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, query: { format: 'sav' }, status: 404, code: 'survey.notFound' },
    ],
  },
  ...RESULTS_SAMPLES,
  ...REPORT_SAMPLES,
  'GET /api/admin/audit': {
    ok: () => ({ as: admin, query: { from: '2026-05-01', to: '2026-06-30', action: 'account.disable' } }),
    refusals: () => [
      { why: 'a day not in YYYY-MM-DD', as: admin, query: { from: '28/05/2026' }, status: 400, code: 'request.invalid' },
      { why: 'a range that ends before it starts', as: admin, query: { from: '2026-06-02', to: '2026-05-28' }, status: 400, code: 'request.invalid' },
      { why: 'a page cursor that is no number', as: admin, query: { before: 'x' }, status: 400, code: 'request.invalid' },
    ],
  },
  'GET /api/admin/audit/export.csv': {
    ok: () => ({ as: admin, query: { actor: 'admin', lang: 'en' } }),
    refusals: () => [{ why: 'a day not in YYYY-MM-DD', as: admin, query: { to: '2026-13-01' }, status: 400, code: 'request.invalid' }],
  },
  'GET /api/admin/backups': { ok: () => ({ as: admin }), refusals: () => [] },
  'POST /api/admin/backups': { ok: () => ({ as: admin }), refusals: () => [] },
  'GET /api/admin/backups/:name': {
    ok: async (ctx) => ({ as: admin, params: { name: await takeBackup(ctx) } }),
    refusals: () => [
      { why: 'a backup that does not exist', as: admin, params: { name: 'phieu-2020-01-01_00-00-00-000.sqlite' }, status: 404, code: 'route.notFound' },
      { why: 'a path instead of a name', as: admin, params: { name: '../phieu.sqlite' }, status: 404, code: 'route.notFound' },
    ],
  },

  'GET /api/quota/:survey': {
    ok: () => ({ as: admin, params: { survey } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, params: { survey: 'nowhere' }, status: 404, code: 'survey.notFound' }],
  },
  'GET /api/quota/:survey/export.csv': {
    ok: () => ({ as: admin, params: { survey }, query: { lang: 'en' } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, params: { survey: 'nowhere' }, status: 404, code: 'survey.notFound' }],
  },
  'GET /api/quota/:survey/export.xlsx': {
    ok: () => ({ as: admin, params: { survey } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, params: { survey: 'nowhere' }, status: 404, code: 'survey.notFound' }],
  },
  'GET /api/quota/:survey/units/:unitNo': {
    ok: () => ({ as: { session: 'unit_board' }, params: { survey, unitNo: boardUnit } }),
    refusals: () => [
      { why: 'a unit the board does not watch', as: { session: 'unit_board' }, params: { survey, unitNo: otherUnit }, status: 403, code: 'auth.forbidden' },
      { why: 'an unknown survey, to a board: the same bare 403', as: { session: 'unit_board' }, params: { survey: 'nowhere', unitNo: boardUnit }, status: 403, code: 'auth.forbidden' },
      { why: 'an unknown unit, to an admin', as: admin, params: { survey, unitNo: '999' }, status: 404, code: 'unit.notFound' },
    ],
  },
  'ALL /api/quota/*': { ok: () => ({ as: admin, path: `/api/quota/${survey}/answers` }), refusals: () => [] },

  'GET /api/share-links/view/:token': {
    ok: async (ctx) => ({ as: 'nobody', params: { token: (await createLink(ctx)).token } }),
    refusals: async (ctx) => {
      const revoked = await createLink(ctx);
      await ctx.t.post(`/api/share-links/${revoked.id}/revoke`, {}, { cookie: ctx.as.admin.cookie });
      return [
        { why: 'an unknown link', as: 'nobody', params: { token: 'x'.repeat(43) }, status: 404, code: 'share.notFound' },
        { why: 'a revoked link', as: 'nobody', params: { token: revoked.token }, status: 410, code: 'share.revoked' },
      ];
    },
  },
  'ALL /api/share-links/view/:token/*': {
    ok: async (ctx) => ({ as: 'nobody', path: `/api/share-links/view/${(await createLink(ctx)).token}/answers` }),
    refusals: () => [{ why: 'under an unknown link', as: 'nobody', path: `/api/share-links/view/${'x'.repeat(43)}/answers`, status: 404, code: 'share.notFound' }],
  },
  'GET /api/share-links': {
    ok: () => ({ as: admin, query: { survey } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, query: { survey: 'nowhere' }, status: 404, code: 'survey.notFound' }],
  },
  'POST /api/share-links': {
    ok: () => ({ as: admin, body: { surveySlug: survey, unitNo: boardUnit, label: 'UBND xã' } }),
    refusals: () => [
      { why: 'an unknown unit', as: admin, body: { surveySlug: survey, unitNo: '999' }, status: 404, code: 'unit.notFound' },
      { why: 'a unit number of letters', as: admin, body: { surveySlug: survey, unitNo: 'ab' }, status: 400, code: 'request.invalid' },
    ],
  },
  'POST /api/share-links/:id/revoke': {
    ok: async (ctx) => ({ as: admin, params: { id: (await createLink(ctx)).id } }),
    refusals: () => [{ why: 'an unknown link', as: admin, params: { id: '99999' }, status: 404, code: 'share.notFound' }],
  },

  'POST /api/sync/batches': {
    ok: (ctx) => ({ as: { device: 'enumerator' }, body: batch(ctx) }),
    refusals: (ctx) => [
      { why: 'a protocol not served', as: { device: 'enumerator' }, body: batch(ctx, 99), status: 400, code: 'sync.protocolUnsupported' },
      { why: 'a batch of another device', as: { device: 'admin' }, body: batch(ctx), status: 403, code: 'sync.deviceMismatch' },
      { why: 'a body that is not JSON', as: { device: 'enumerator' }, body: '{"protocol":', status: 400, code: 'request.malformedJson' },
    ],
  },

  ...QUESTIONNAIRE_SAMPLES,
  ...HANDOVER_SAMPLES,
  ...REVIEW_SAMPLES,
  ...ONLINE_SAMPLES,

  'ALL /api/*': { ok: () => ({ as: 'nobody', path: '/api/nowhere' }), refusals: () => [] },
} satisfies Record<RouteKey, Sample>;
