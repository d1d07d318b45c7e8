// The contract samples of online self-completion (decision 0021), beside samples.ts: the admin's links, and the
// respondent's two public calls with what they refuse.
import { makeTicket } from '#server/online/keys.ts';
import { setOnlineLinkState } from '#server/repo/online-links.ts';
import { ensureOnlineSurvey, makeOnlineLink, submission, validAnswers } from '../../helpers/online.ts';
import type { Ctx, Sample } from './calls.ts';

const admin = { session: 'admin' } as const;
const unitNo = '01';

function online(ctx: Ctx): string {
  return ensureOnlineSurvey(ctx.t.db);
}

/** A fresh link of unit 01 and a body the server takes through it. */
function linkAndBody(ctx: Ctx, seed = 1) {
  const slug = online(ctx);
  const link = makeOnlineLink(ctx.t.db, slug, unitNo);
  const now = new Date(ctx.t.clock.now()).toISOString();
  const body = submission(validAnswers(ctx.t.db, slug, unitNo, seed), unitNo, makeTicket(ctx.t.audit.key, link.id, ctx.t.clock.now()), now);
  return { link, body, slug };
}

export const ONLINE_SAMPLES = {
  'GET /api/online-links': {
    ok: (ctx) => ({ as: admin, query: { survey: online(ctx) } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, query: { survey: 'khong-co' }, status: 404, code: 'survey.notFound' }],
  },
  'POST /api/online-links': {
    ok: (ctx) => ({ as: admin, body: { surveySlug: online(ctx), unitNo, label: 'Zalo Ban Tuyên giáo huyện' } }),
    refusals: (ctx) => [
      { why: 'a survey without the online mode', as: admin, body: { surveySlug: 'hung-yen-2026' }, status: 409, code: 'online.notOnline' },
      { why: 'an unknown unit', as: admin, body: { surveySlug: online(ctx), unitNo: '999' }, status: 404, code: 'unit.notFound' },
    ],
  },
  'POST /api/online-links/:id/state': {
    ok: (ctx) => ({ as: admin, params: { id: String(makeOnlineLink(ctx.t.db, online(ctx)).id) }, body: { state: 'paused' } }),
    refusals: (ctx) => {
      const retired = makeOnlineLink(ctx.t.db, online(ctx));
      setOnlineLinkState(ctx.t.db, retired.id, 'retired', '2026-05-28T01:00:00.000Z');
      return [
        { why: 'an unknown link', as: admin, params: { id: '99999' }, body: { state: 'open' }, status: 404, code: 'online.linkNotFound' },
        { why: 'reopening a retired link', as: admin, params: { id: String(retired.id) }, body: { state: 'open' }, status: 409, code: 'online.linkRetiredForGood' },
        { why: 'an unknown state', as: admin, params: { id: String(retired.id) }, body: { state: 'gone' }, status: 400, code: 'request.invalid' },
      ];
    },
  },
  'GET /api/online-links/:id/qr.svg': {
    ok: (ctx) => ({ as: admin, params: { id: String(makeOnlineLink(ctx.t.db, online(ctx)).id) } }),
    refusals: () => [{ why: 'an unknown link', as: admin, params: { id: '99999' }, status: 404, code: 'online.linkNotFound' }],
  },
  'GET /api/respond/:token': {
    ok: (ctx) => ({ as: 'nobody', params: { token: makeOnlineLink(ctx.t.db, online(ctx), unitNo).token } }),
    refusals: (ctx) => {
      const paused = makeOnlineLink(ctx.t.db, online(ctx));
      setOnlineLinkState(ctx.t.db, paused.id, 'paused', '2026-05-28T01:00:00.000Z');
      return [
        { why: 'an unknown link', as: 'nobody', params: { token: 'x'.repeat(22) }, status: 404, code: 'online.linkNotFound' },
        { why: 'a paused link', as: 'nobody', params: { token: paused.token }, status: 403, code: 'online.linkPaused' },
      ];
    },
  },
  'POST /api/respond/:token/submissions': {
    ok: (ctx) => {
      const { link, body } = linkAndBody(ctx);
      return { as: 'nobody', params: { token: link.token }, body };
    },
    refusals: (ctx) => {
      const { link, body, slug } = linkAndBody(ctx, 2);
      const token = link.token;
      const retired = makeOnlineLink(ctx.t.db, slug, unitNo);
      setOnlineLinkState(ctx.t.db, retired.id, 'retired', '2026-05-28T01:00:00.000Z');
      const refused = { ...body, id: crypto.randomUUID(), answers: { ...body.answers, c1: 99 } };
      return [
        { why: 'no receipt-able id', as: 'nobody', params: { token }, body: { ...body, id: 'not-a-uuid' }, status: 400, code: 'request.invalid' },
        { why: 'a ticket this server did not sign', as: 'nobody', params: { token }, body: { ...body, ticket: '1.AAAAAAAAAAAAAAAAAAAAAA' }, status: 400, code: 'online.badTicket' },
        { why: 'a retired link', as: 'nobody', params: { token: retired.token }, body, status: 410, code: 'online.linkRetired' },
        { why: 'answers the engine refuses', as: 'nobody', params: { token }, body: refused, status: 422, code: 'online.answersRefused' },
        {
          why: 'a respondent under the minimum age', as: 'nobody', params: { token },
          body: { ...body, id: crypto.randomUUID(), answers: { ...body.answers, c2: 16 } }, status: 422, code: 'online.underAge',
        },
        {
          why: 'a body past the limit', as: 'nobody', params: { token },
          body: { ...body, answers: { ...body.answers, c99: 'x'.repeat(70_000) } }, status: 413, code: 'request.tooLarge',
        },
      ];
    },
  },
} satisfies Record<
  'GET /api/online-links' | 'POST /api/online-links' | 'POST /api/online-links/:id/state' | 'GET /api/online-links/:id/qr.svg'
  | 'GET /api/respond/:token' | 'POST /api/respond/:token/submissions',
  Sample
>;
