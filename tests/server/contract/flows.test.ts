// The client reads every answer of these endpoints as its shared schema's type without parsing it (decision 0010),
// so here each answer it reads — success and failure alike — is held to that schema, along the flows the screens
// follow (registry.test.ts holds every route of the registry; this file the sequences that span several).
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { AccountListResponseSchema } from '#shared/api/admin.ts';
import { MeResponseSchema, RegisterDeviceResponseSchema } from '#shared/api/auth.ts';
import { DeviceStateSchema } from '#shared/api/device.ts';
import { fillRoute } from '#shared/api/calls.ts';
import { ExportCountResponseSchema } from '#shared/api/exports.ts';
import { filterQueryString } from '#shared/exporting/filters.ts';
import { ProblemBodySchema } from '#shared/api/problem.ts';
import {
  CreatedShareLinkSchema, ProvinceDashboardSchema, ShareLinkListSchema, ShareLinkResponseSchema, UnitDashboardSchema,
} from '#shared/api/quota.ts';
import { SurveyListResponseSchema } from '#shared/api/surveys.ts';
import { BatchResponseV1Schema } from '#shared/sync/messages.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice } from '../sync/support.ts';
import { bodyFaults } from './answers.ts';

const SURVEY = 'hung-yen-2026';

/** The status, and the body held to its schema: any missing, mistyped or unnamed field fails the test. */
async function holds<T>(response: Response | Promise<Response>, schema: z.ZodMiniType<T>, status = 200): Promise<T> {
  const answered = await response;
  expect(answered.status).toBe(status);
  expect(answered.headers.get('content-type')).toMatch(/^application\/json/);
  const body: unknown = await answered.json();
  const faults = bodyFaults(schema, body);
  if (faults.length) throw new Error(`${answered.url || 'response'} breaks its schema: ${faults.join('; ')}`);
  return body as T;
}

describe('what the enumerator’s phone reads', () => {
  it('sign-in, who am I, device registration, the offline kit and an upload answer match their schemas', async () => {
    const t = await testApp({ demo: true });
    const me = await holds(t.post('/api/auth/sign-in', { username: 'dtv01', password: DEMO_PASSWORDS.enumerator }), MeResponseSchema);
    expect(me.account.username).toBe('dtv01');
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    await holds(t.request('/api/auth/me', { headers: { cookie } }), MeResponseSchema);
    const registered = await holds(t.post('/api/devices', { deviceId: crypto.randomUUID(), label: 'phone' }, { cookie }), RegisterDeviceResponseSchema, 201);
    await holds(t.request('/api/device/state', { headers: { authorization: `Bearer ${registered.token}` } }), DeviceStateSchema);

    const device = await registerDevice(t, 'dtv01');
    const [interview] = device.interviews({ count: 1 });
    const answer = await holds(device.post(device.batch([interview, { id: crypto.randomUUID() }])), BatchResponseV1Schema);
    expect(answer.receipts.map((receipt) => receipt.outcome)).toEqual(['accepted', 'rejected']);
  });

  it('every refusal it may meet is a coded problem', async () => {
    const t = await testApp({ demo: true });
    await holds(t.post('/api/auth/sign-in', { username: 'dtv01', password: 'wrong-password' }), ProblemBodySchema, 401);
    await holds(t.request('/api/auth/me'), ProblemBodySchema, 401);
    await holds(t.request('/api/device/state', { headers: { authorization: 'Bearer not-a-token' } }), ProblemBodySchema, 401);
    await holds(t.post('/api/sync/batches', '{"protocol":', { authorization: 'Bearer not-a-token' }), ProblemBodySchema, 401);
    const device = await registerDevice(t, 'dtv01');
    await holds(device.post({ protocol: 99 }), ProblemBodySchema, 400);
    await holds(t.request('/api/nowhere'), ProblemBodySchema, 404);
  });
});

describe('what the office screens read', () => {
  it('the survey list, dashboards, accounts, export count and share links match their schemas', async () => {
    const t = await testApp({ demo: true });
    const cookie = await t.signIn('admin', DEMO_PASSWORDS.admin);
    const headers = { cookie };
    const surveys = await holds(t.request('/api/surveys', { headers }), SurveyListResponseSchema);
    expect(surveys.surveys.map((s) => s.slug)).toContain(SURVEY);
    await holds(t.request(`/api/quota/${SURVEY}`, { headers }), ProvinceDashboardSchema);
    await holds(t.request(`/api/quota/${SURVEY}/units/07`, { headers }), UnitDashboardSchema);
    await holds(t.request('/api/admin/accounts', { headers }), AccountListResponseSchema);
    const filters = { units: null, modes: null, entries: null, statuses: [], from: null, to: null };
    await holds(t.request(fillRoute('GET /api/admin/exports/:slug/count', { params: { slug: SURVEY }, query: Object.fromEntries(filterQueryString(filters)) }), { headers }), ExportCountResponseSchema);

    const created = await holds(t.post('/api/share-links', { surveySlug: SURVEY, unitNo: '07', label: 'UBND xã' }, headers), CreatedShareLinkSchema, 201);
    await holds(t.request(`/api/share-links?survey=${SURVEY}`, { headers }), ShareLinkListSchema);
    await holds(t.request(`/api/share-links/view/${created.token}`), UnitDashboardSchema);
    await holds(t.post(`/api/share-links/${created.link.id}/revoke`, {}, headers), ShareLinkResponseSchema);
    await holds(t.request(`/api/share-links/view/${created.token}`), ProblemBodySchema, 410);
  });
});
