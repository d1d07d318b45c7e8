// Sample calls of the review and batches routes (issue 20) for the contract and authorization tests: each success acts on an
// interview of its own, stored straight into the contract's demo database, so every caller's call finds one fresh.
import type { RouteKey } from '#shared/api/registry.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import type { Ctx, Sample } from './calls.ts';

const survey = hungYen2026.survey.slug;
const admin = { session: 'admin' } as const;
let seed = 1000;

/** A received interview of unit 01, with these receipt flags. */
function stored(ctx: Ctx, flags: string[] = []): Interview {
  const [generated] = generateInterviews({
    version: hungYen2026.versions[0]!, unitNos: ['01'], accountId: ctx.as.enumerator.accountId, deviceId: ctx.as.enumerator.deviceId,
    count: 1, seed: ++seed,
  });
  const interview = { ...generated!, id: crypto.randomUUID() };
  storeInterviews(ctx.t.db, [interview], { flags: () => flags, at: new Date(ctx.t.clock.now()).toISOString() });
  return interview;
}

const fresh = { revision: 1, version: 0 };

/** A paper form keyed by the enumerator and keyed again (a second keying) by another clerk, one answer apart. */
function keyedTwice(ctx: Ctx): { first: Interview; second: Interview } {
  const first: Interview = { ...stored(ctx), entry: 'paper', serial: `01${String(++seed).padStart(6, '0')}` };
  const second: Interview = {
    ...first, id: crypto.randomUUID(), accountId: ctx.as.disabled.accountId, secondKeying: true,
    answers: { ...first.answers, c1: first.answers['c1'] === 1 ? 2 : 1 },
  };
  ctx.t.db.prepare('UPDATE interviews SET entry = ?, serial = ? WHERE id = ?').run('paper', first.serial, first.id);
  storeInterviews(ctx.t.db, [second], { at: new Date(ctx.t.clock.now()).toISOString() });
  return { first, second };
}

/** A sync batch of one new interview from the enumerator's device. */
function batchOf(ctx: Ctx) {
  const [generated] = generateInterviews({
    version: hungYen2026.versions[0]!, unitNos: ['01'], accountId: ctx.as.enumerator.accountId, deviceId: ctx.as.enumerator.deviceId, count: 1, seed: ++seed,
  });
  return {
    protocol: 1, batchId: crypto.randomUUID(), deviceId: ctx.as.enumerator.deviceId, sentAt: new Date(ctx.t.clock.now()).toISOString(),
    interviews: [{ ...generated!, id: crypto.randomUUID() }],
  };
}
const unitParams = { survey, unitNo: '01' };

export const REVIEW_SAMPLES = {
  'GET /api/admin/review/:survey/interviews': {
    ok: (ctx) => {
      stored(ctx);
      return { as: admin, params: { survey }, query: { unit: '01', sort: 'serial', limit: '5' } };
    },
    refusals: () => [
      { why: 'an unknown survey', as: admin, params: { survey: 'nowhere' }, status: 404, code: 'survey.notFound' },
      { why: 'a status no interview has', as: admin, params: { survey }, query: { status: 'draft' }, status: 400, code: 'request.invalid' },
      { why: 'a forged page key', as: admin, params: { survey }, query: { after: 'WyJ4Il0' }, status: 400, code: 'review.badCursor' },
    ],
  },
  'GET /api/admin/review/:survey/interviews/:id': {
    ok: (ctx) => ({ as: admin, params: { survey, id: stored(ctx, ['over_quota']).id } }),
    refusals: () => [{ why: 'an unknown interview', as: admin, params: { survey, id: crypto.randomUUID() }, status: 404, code: 'review.notFound' }],
  },
  'POST /api/admin/review/:survey/interviews/:id/action': {
    ok: (ctx) => ({ as: admin, params: { survey, id: stored(ctx).id }, body: { action: 'approve', ...fresh } }),
    refusals: (ctx) => [
      { why: 'a rejection without a reason', as: admin, params: { survey, id: stored(ctx).id }, body: { action: 'reject', ...fresh }, status: 400, code: 'review.reasonRequired' },
      { why: 'a version another admin moved on', as: admin, params: { survey, id: stored(ctx).id }, body: { action: 'approve', revision: 1, version: 3 }, status: 409, code: 'review.changed' },
      { why: 'an action that does not exist', as: admin, params: { survey, id: stored(ctx).id }, body: { action: 'explode', ...fresh }, status: 400, code: 'request.invalid' },
    ],
  },
  'POST /api/admin/review/:survey/interviews/:id/flags/:flag': {
    ok: (ctx) => ({ as: admin, params: { survey, id: stored(ctx, ['over_quota']).id, flag: 'over_quota' }, body: { decision: 'keep', reason: 'Thay phiếu hỏng', ...fresh } }),
    refusals: (ctx) => [
      { why: 'a flag it does not carry', as: admin, params: { survey, id: stored(ctx).id, flag: 'too_short' }, body: { decision: 'keep', ...fresh }, status: 409, code: 'review.flagNotRaised' },
      { why: 'a void without a reason', as: admin, params: { survey, id: stored(ctx, ['too_short']).id, flag: 'too_short' }, body: { decision: 'void', ...fresh }, status: 400, code: 'review.reasonRequired' },
    ],
  },
  'POST /api/admin/review/:survey/interviews/:id/correction': {
    ok: (ctx) => {
      const interview = stored(ctx);
      return { as: admin, params: { survey, id: interview.id }, body: { answers: interview.answers, reason: 'Đối chiếu phiếu giấy', ...fresh } };
    },
    refusals: (ctx) => {
      const interview = stored(ctx);
      return [
        { why: 'no reason', as: admin, params: { survey, id: interview.id }, body: { answers: interview.answers, ...fresh }, status: 400, code: 'review.reasonRequired' },
        { why: 'an age the engine refuses', as: admin, params: { survey, id: interview.id }, body: { answers: { ...interview.answers, c2: 130 }, reason: 'x', ...fresh }, status: 400, code: 'review.correctionRefused' },
      ];
    },
  },
  'POST /api/admin/review/:survey/units/:unitNo/approve-clean': {
    ok: () => ({ as: admin, params: unitParams }),
    refusals: () => [{ why: 'an unknown unit', as: admin, params: { survey, unitNo: '99' }, status: 404, code: 'unit.notFound' }],
  },
  'POST /api/admin/review/:survey/units/:unitNo/same-answers': {
    ok: () => ({ as: admin, params: unitParams }),
    refusals: () => [{ why: 'an unknown survey', as: admin, params: { survey: 'nowhere', unitNo: '01' }, status: 404, code: 'survey.notFound' }],
  },
  'GET /api/admin/batches': {
    ok: async (ctx) => {
      await ctx.t.post('/api/sync/batches', batchOf(ctx), { authorization: `Bearer ${ctx.as.enumerator.token}` });
      return { as: admin, query: { account: String(ctx.as.enumerator.accountId) } };
    },
    refusals: () => [
      { why: 'a device id that is no UUID', as: admin, query: { device: 'phone' }, status: 400, code: 'request.invalid' },
      { why: 'a forged page key', as: admin, query: { after: 'WyJ4Il0' }, status: 400, code: 'review.badCursor' },
    ],
  },
  'GET /api/admin/batches/:id': {
    ok: async (ctx) => {
      const body = batchOf(ctx);
      await ctx.t.post('/api/sync/batches', body, { authorization: `Bearer ${ctx.as.enumerator.token}` });
      return { as: admin, params: { id: body.batchId } };
    },
    refusals: () => [{ why: 'an unknown batch', as: admin, params: { id: crypto.randomUUID() }, status: 404, code: 'batch.notFound' }],
  },
  'GET /api/admin/inventory/:deviceId': {
    ok: (ctx) => ({ as: admin, params: { deviceId: ctx.as.enumerator.deviceId } }),
    refusals: () => [{ why: 'an unknown device', as: admin, params: { deviceId: crypto.randomUUID() }, status: 404, code: 'device.notFound' }],
  },
  'GET /api/admin/review/:survey/keying': {
    ok: (ctx) => {
      stored(ctx);
      return { as: admin, params: { survey }, query: { unit: '01' } };
    },
    refusals: () => [
      { why: 'an unknown unit', as: admin, params: { survey }, query: { unit: '99' }, status: 404, code: 'unit.notFound' },
      { why: 'a unit number of letters', as: admin, params: { survey }, query: { unit: 'ab' }, status: 400, code: 'request.invalid' },
    ],
  },
  'GET /api/admin/review/:survey/double-keying': {
    ok: (ctx) => {
      keyedTwice(ctx);
      return { as: admin, params: { survey }, query: { unit: '01' } };
    },
    refusals: () => [{ why: 'an unknown unit', as: admin, params: { survey }, query: { unit: '99' }, status: 404, code: 'unit.notFound' }],
  },
  'POST /api/admin/review/:survey/double-keying/:id/reconcile': {
    ok: (ctx) => {
      const { first, second } = keyedTwice(ctx);
      return { as: admin, params: { survey, id: first.id }, body: { secondId: second.id, fromSecond: [], ...fresh } };
    },
    refusals: (ctx) => {
      const { first, second } = keyedTwice(ctx);
      return [
        { why: 'a second keying of another serial', as: admin, params: { survey, id: stored(ctx).id }, body: { secondId: second.id, fromSecond: [], ...fresh }, status: 409, code: 'review.notPaired' },
        { why: 'a value taken without a reason', as: admin, params: { survey, id: first.id }, body: { secondId: second.id, fromSecond: ['c1'], ...fresh }, status: 400, code: 'review.reasonRequired' },
      ];
    },
  },
  'GET /api/admin/review/:survey/units/:unitNo/serials': {
    ok: () => ({ as: admin, params: unitParams }),
    refusals: () => [{ why: 'an unknown unit', as: admin, params: { survey, unitNo: '99' }, status: 404, code: 'unit.notFound' }],
  },
  'GET /api/admin/review/:survey/units/:unitNo/serials.csv': {
    ok: () => ({ as: admin, params: unitParams, query: { lang: 'en' } }),
    refusals: () => [{ why: 'an unknown unit', as: admin, params: { survey, unitNo: '99' }, status: 404, code: 'unit.notFound' }],
  },
} satisfies Partial<Record<RouteKey, Sample>>;
