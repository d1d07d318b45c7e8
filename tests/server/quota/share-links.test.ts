// A share link's life: the admin makes it (token shown once, stored only hashed), anyone opens that one unit's
// progress with no account, nothing else is reachable through it, and revoking stops it at once.
import { describe, expect, it } from 'vitest';
import {
  CreatedShareLinkSchema, ShareLinkListSchema, ShareLinkResponseSchema, UnitDashboardSchema, type CreatedShareLink,
} from '#shared/api/quota.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { signInDemo, SURVEY } from './support.ts';

async function createLink(t: TestApp, cookie: string, unitNo = '01', label = 'Gửi BXD xã qua Zalo'): Promise<CreatedShareLink> {
  const response = await t.post('/api/share-links', { surveySlug: SURVEY, unitNo, label }, { cookie });
  expect(response.status).toBe(201);
  return CreatedShareLinkSchema.parse(await response.json());
}

describe('share links', { timeout: 30_000 }, () => {
  it('open one unit’s progress without an account, with counts and names only, never answers', async () => {
    const t = await testApp({ demo: true });
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 6, unitNos: ['01', '02'], seed: 11, accountId: 2 });
    storeInterviews(t.db, interviews);
    const created = await createLink(t, await signInDemo(t, 'admin'));
    expect(created.path).toBe(`/share/${created.token}`);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.link).toMatchObject({ surveySlug: SURVEY, unitNo: '01', label: 'Gửi BXD xã qua Zalo', createdBy: 'admin', revokedAt: null });
    // Only a hash is kept.
    expect(JSON.stringify(t.db.prepare('SELECT * FROM share_links').all())).not.toContain(created.token);

    const response = await t.request(`/api/share-links/view/${created.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    const text = await response.text();
    const page = UnitDashboardSchema.parse(JSON.parse(text));
    expect(page.unit).toMatchObject({ no: '01', counts: { received: 3 } });
    expect(page.byEnumerator).toEqual([{ name: expect.stringContaining('Điều tra viên 01'), counts: expect.any(Object) }]);
    for (const secret of ['answers', 'Cần rút ngắn', 'dtv01', interviews[0]!.id, '"02"']) expect(text).not.toContain(secret);
  });

  it('reach nothing but their own page: any other path under a live link is a bare 403', async () => {
    const t = await testApp({ demo: true });
    const { token } = await createLink(t, await signInDemo(t, 'admin'));
    const answers = await Promise.all(['units/02', 'units/01/answers', 'export.csv', 'interviews', 'units/99'].map(async (path) => {
      const response = await t.request(`/api/share-links/view/${token}/${path}`);
      return `${response.status} ${await response.text()}`;
    }));
    expect(new Set(answers)).toEqual(new Set(['403 {"problem":{"code":"auth.forbidden","status":403}}']));
    // The token is not a credential anywhere else.
    const asBearer = await t.request(`/api/quota/${SURVEY}/units/01`, { headers: { authorization: `Bearer ${token}` } });
    expect([asBearer.status, await problemCode(asBearer)]).toEqual([401, 'auth.tokenUnknown']);
  });

  it('stop working the moment they are revoked, with their own code, and stay revoked', async () => {
    const t = await testApp({ demo: true });
    const admin = await signInDemo(t, 'admin');
    const created = await createLink(t, admin);
    const other = await createLink(t, admin, '02', '');
    expect((await t.request(`/api/share-links/view/${created.token}`)).status).toBe(200);
    t.clock.advance(60_000);
    const revoked = await t.post(`/api/share-links/${created.link.id}/revoke`, {}, { cookie: admin });
    expect(revoked.status).toBe(200);
    const { link } = ShareLinkResponseSchema.parse(await revoked.json());
    expect(link.revokedAt).toBe(new Date(t.clock.now()).toISOString());
    for (const path of [`/api/share-links/view/${created.token}`, `/api/share-links/view/${created.token}/units/02`]) {
      const response = await t.request(path);
      expect([response.status, await problemCode(response)]).toEqual([410, 'share.revoked']);
    }
    // Revoking again keeps the first time; the other link still works.
    t.clock.advance(60_000);
    const again = ShareLinkResponseSchema.parse(await (await t.post(`/api/share-links/${created.link.id}/revoke`, {}, { cookie: admin })).json());
    expect(again.link.revokedAt).toBe(link.revokedAt);
    expect((await t.request(`/api/share-links/view/${other.token}`)).status).toBe(200);

    const list = ShareLinkListSchema.parse(await (await t.request(`/api/share-links?survey=${SURVEY}`, { headers: { cookie: admin } })).json());
    expect(list.links.map((l) => [l.unitNo, l.revokedAt === null])).toEqual([['02', true], ['01', false]]);
  });

  it('answer an unknown or malformed token with not-found', async () => {
    const t = await testApp({ demo: true });
    for (const token of ['A'.repeat(43), 'short', 'has spaces and ünïcode']) {
      const response = await t.request(`/api/share-links/view/${encodeURIComponent(token)}`);
      expect([response.status, await problemCode(response)]).toEqual([404, 'share.notFound']);
    }
  });

  it('are made and revoked by the admin only, for units that exist', async () => {
    const t = await testApp({ demo: true });
    const board = await signInDemo(t, 'bxd01');
    const refused = await t.post('/api/share-links', { surveySlug: SURVEY, unitNo: '01' }, { cookie: board });
    expect([refused.status, await problemCode(refused)]).toEqual([403, 'auth.forbidden']);
    expect(await problemCode(await t.post('/api/share-links/1/revoke', {}, { cookie: board }))).toBe('auth.forbidden');
    const admin = await signInDemo(t, 'admin');
    const cases: [unknown, number, string][] = [
      [{ surveySlug: SURVEY, unitNo: '99' }, 404, 'unit.notFound'],
      [{ surveySlug: 'no-such-survey', unitNo: '01' }, 404, 'survey.notFound'],
      [{ surveySlug: SURVEY, unitNo: 'x1' }, 400, 'request.invalid'],
      [{ surveySlug: SURVEY, unitNo: '01', label: 'x'.repeat(121) }, 400, 'request.invalid'],
      ['not json', 400, 'request.malformedJson'],
    ];
    for (const [body, status, code] of cases) {
      const response = await t.post('/api/share-links', body, { cookie: admin });
      expect([response.status, await problemCode(response)]).toEqual([status, code]);
    }
    for (const id of ['999', 'abc', '-1']) {
      const response = await t.post(`/api/share-links/${id}/revoke`, {}, { cookie: admin });
      expect([response.status, await problemCode(response)]).toEqual([404, 'share.notFound']);
    }
    expect(t.db.prepare('SELECT count(*) FROM share_links').pluck().get()).toBe(0);
  });
});
