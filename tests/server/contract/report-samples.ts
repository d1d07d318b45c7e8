// The sample calls of the Word report's routes (issue 22), kept beside samples.ts, which spreads them into SAMPLES.
// Their interviews are stored once per contract context (sample-interviews.ts), in the board's own unit.
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Sample } from './calls.ts';
import { withInterviews } from './sample-interviews.ts';

const survey = hungYen2026.survey.slug;
const admin = { session: 'admin' } as const;
const SEED = 2222;

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
      withInterviews(ctx, SEED);
      return { as: admin, params: { slug: survey }, query: { questions: 'c1,c9', crosstabs: 'c9:unitKind,c9:c9', status: 'received,approved' } };
    },
    refusals: () => [...refusals],
  },
  'GET /api/admin/reports/:slug': {
    ok: (ctx) => {
      withInterviews(ctx, SEED);
      return { as: admin, params: { slug: survey }, query: { questions: 'c1,c11', crosstabs: 'c9:unitKind', layout: 'state', signer: 'Nguyễn Văn "A"' } };
    },
    refusals: () => [...refusals],
  },
} satisfies Record<'GET /api/admin/reports/:slug/outline' | 'GET /api/admin/reports/:slug', Sample>;
