// A survey manager (decision 0012) on the review routes: refused every one of them for a survey it does not manage,
// let through for its own.
import { describe, expect, it } from 'vitest';
import { API, type RouteKey } from '#shared/api/registry.ts';
import { fillRoute } from '#shared/api/calls.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { setManagedSurveys } from '#server/repo/survey-admin.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { makeSurvey, settings2022 } from '../support/surveys.ts';
import { refusal, reviewApp, SURVEY } from './support.ts';

const REVIEW_ROUTES = (Object.keys(API) as RouteKey[]).filter((key) => key.includes(' /api/admin/review/'));

describe('a survey manager on the review routes', () => {
  it('is refused another survey\'s review, and reaches its own', async () => {
    const r = await reviewApp();
    makeSurvey(r.t.db, settings2022());
    await r.t.addAccount({ username: 'tinh2', role: 'admin' });
    setManagedSurveys(r.t.db, findAccountByUsername(r.t.db, 'tinh2')!.id, [findSurveyBySlug(r.t.db, 'neu-guong-2022')!.id]);
    const manager = await r.t.signIn('tinh2');
    const [a] = r.device.interviews({ count: 1, seed: 51 });
    await r.send([a!]);
    expect(REVIEW_ROUTES).toHaveLength(12);
    for (const key of REVIEW_ROUTES) {
      const [method] = key.split(' ');
      const path = fillRoute(key, { params: { survey: SURVEY, id: a!.id, flag: 'over_quota', unitNo: '01' } });
      const response = await r.t.request(path, {
        method, headers: { cookie: manager, 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify({ action: 'approve', decision: 'keep', answers: a!.answers, reason: 'x', revision: 1, version: 0 }) } : {}),
      });
      expect(await refusal(response), key).toEqual({ status: 403, code: 'survey.notManaged' });
    }
    expect((await r.item(a!.id)).status).toBe('received');
    const own = await r.t.request('/api/admin/review/neu-guong-2022/interviews', { headers: { cookie: manager } });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
