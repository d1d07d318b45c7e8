// The sample calls of the Word report's routes (issue 22), kept beside samples.ts, which spreads them into SAMPLES.
// Their interviews are stored once per contract context, in the board's own unit (as the results' samples do).
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import type { Ctx, Sample } from './calls.ts';

const survey = hungYen2026.survey.slug;
const admin = { session: 'admin' } as const;
const stored = new WeakSet<Ctx>();

function withInterviews(ctx: Ctx): void {
  if (stored.has(ctx)) return;
  stored.add(ctx);
  const unitNo = hungYen2026.survey.units[0]!.no;
  storeInterviews(ctx.t.db, generateInterviews({ version: hungYen2026.versions[0]!, count: 12, seed: 2222, unitNos: [unitNo] }));
}

const refusals = [
  { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, status: 404, code: 'survey.notFound' },
  { why: 'an unknown parameter', as: admin, params: { slug: survey }, query: { chart: 'pie' }, status: 400, code: 'export.invalidFilter' },
  { why: 'a layout that is none', as: admin, params: { slug: survey }, query: { layout: 'royal' }, status: 400, code: 'export.invalidFilter' },
  { why: 'a cross-tab without its second side', as: admin, params: { slug: survey }, query: { crosstabs: 'c9' }, status: 400, code: 'export.invalidFilter' },
  { why: 'a question the survey does not have', as: admin, params: { slug: survey }, query: { questions: 'c1,c99' }, status: 400, code: 'results.unknownQuestion' },
  { why: 'bands with a gap', as: admin, params: { slug: survey }, query: { bands: 'c2:18-30,32-45' }, status: 400, code: 'results.bandsGap' },
] as const;

export const REPORT_SAMPLES = {
  'GET /api/admin/reports/:slug/outline': {
    ok: (ctx) => {
      withInterviews(ctx);
      return { as: admin, params: { slug: survey }, query: { questions: 'c1,c9', crosstabs: 'c9:unitKind,c9:c9', status: 'received,approved' } };
    },
    refusals: () => [...refusals],
  },
  'GET /api/admin/reports/:slug': {
    ok: (ctx) => {
      withInterviews(ctx);
      return { as: admin, params: { slug: survey }, query: { questions: 'c1,c11', crosstabs: 'c9:unitKind', layout: 'state', signer: 'Nguyễn Văn "A"' } };
    },
    refusals: () => [...refusals],
  },
} satisfies Record<'GET /api/admin/reports/:slug/outline' | 'GET /api/admin/reports/:slug', Sample>;
