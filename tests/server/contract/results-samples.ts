// The sample calls of the results routes (issue 21), kept beside samples.ts, which spreads them into SAMPLES.
// Their interviews are stored once per contract context (sample-interviews.ts), in the board's own unit.
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { setUnitBoardsSeeResults } from '#server/results/unit-boards.ts';
import type { Sample } from './calls.ts';
import { withInterviews } from './sample-interviews.ts';

const survey = hungYen2026.survey.slug;
const admin = { session: 'admin' } as const;
const SEED = 2121;

export const RESULTS_SAMPLES = {
  'GET /api/admin/results/:slug': {
    ok: (ctx) => {
      withInterviews(ctx, SEED);
      return { as: admin, params: { slug: survey }, query: { status: 'received,approved', kind: 'ward,commune', bands: 'c2:18-30,31-45,46-60,61+' } };
    },
    refusals: () => [
      { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, status: 404, code: 'survey.notFound' },
      { why: 'an unknown filter', as: admin, params: { slug: survey }, query: { unit: '01' }, status: 400, code: 'export.invalidFilter' },
      { why: 'a unit kind that is none', as: admin, params: { slug: survey }, query: { kind: 'village' }, status: 400, code: 'export.invalidFilter' },
      { why: 'bands with a gap', as: admin, params: { slug: survey }, query: { bands: 'c2:18-30,32-45' }, status: 400, code: 'results.bandsGap' },
      { why: 'overlapping bands', as: admin, params: { slug: survey }, query: { bands: 'c2:18-30,30-45' }, status: 400, code: 'results.bandsOverlap' },
      { why: 'bands on a single choice', as: admin, params: { slug: survey }, query: { bands: 'c1:1-2' }, status: 400, code: 'results.bandsInvalid' },
    ],
  },
  'GET /api/admin/results/:slug/crosstab': {
    ok: (ctx) => {
      withInterviews(ctx, SEED);
      return { as: admin, params: { slug: survey }, query: { row: 'c9', by: 'unitKind' } };
    },
    refusals: () => [
      { why: 'a question by itself', as: admin, params: { slug: survey }, query: { row: 'c9', by: 'c9' }, status: 400, code: 'results.sameVariable' },
      { why: 'by an open text', as: admin, params: { slug: survey }, query: { row: 'c9', by: 'c16' }, status: 400, code: 'results.notCrossable' },
      { why: 'by a number without bands', as: admin, params: { slug: survey }, query: { row: 'c9', by: 'c2' }, status: 400, code: 'results.bandsRequired' },
      { why: 'no row named', as: admin, params: { slug: survey }, query: { by: 'unit' }, status: 400, code: 'export.invalidFilter' },
      { why: 'no interviews in the days chosen', as: admin, params: { slug: survey }, query: { row: 'c9', by: 'unit', from: '2020-01-01', to: '2020-01-02' }, status: 409, code: 'results.noInterviews' },
      { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, query: { row: 'c9', by: 'unit' }, status: 404, code: 'survey.notFound' },
    ],
  },
  'GET /api/admin/results/:slug/texts': {
    ok: (ctx) => {
      withInterviews(ctx, SEED);
      return { as: admin, params: { slug: survey }, query: { variable: 'c3_other', q: 'tuyen truyen' } };
    },
    refusals: () => [
      { why: 'a variable that holds no text', as: admin, params: { slug: survey }, query: { variable: 'c1' }, status: 400, code: 'results.notText' },
      { why: 'no variable named', as: admin, params: { slug: survey }, status: 400, code: 'export.invalidFilter' },
      { why: 'bands, which texts have not', as: admin, params: { slug: survey }, query: { variable: 'c16', bands: 'c2:18-30' }, status: 400, code: 'export.invalidFilter' },
    ],
  },
  'POST /api/admin/results/:slug/codings': {
    ok: (ctx) => {
      withInterviews(ctx, SEED);
      return { as: admin, params: { slug: survey }, body: { variable: 'c3_other', texts: ['Tiểu thương', 'tieu thuong'], newLabel: 'Tiểu thương' } };
    },
    refusals: () => [
      { why: 'a variable that holds no text', as: admin, params: { slug: survey }, body: { variable: 'c1', texts: ['x'], code: 1 }, status: 400, code: 'results.notText' },
      { why: 'both a code and a new one', as: admin, params: { slug: survey }, body: { variable: 'c3_other', texts: ['x'], code: 1, newLabel: 'X' }, status: 400, code: 'results.codingInvalid' },
      { why: 'only blank texts', as: admin, params: { slug: survey }, body: { variable: 'c3_other', texts: ['  '], code: 1 }, status: 400, code: 'results.codingInvalid' },
      { why: 'a code the variable has not', as: admin, params: { slug: survey }, body: { variable: 'c3_other', texts: ['x'], code: 999 }, status: 400, code: 'results.unknownCode' },
      { why: 'no texts', as: admin, params: { slug: survey }, body: { variable: 'c3_other', texts: [], code: 1 }, status: 400, code: 'request.invalid' },
      { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, body: { variable: 'c3_other', texts: ['x'], code: 1 }, status: 404, code: 'survey.notFound' },
    ],
  },
  'GET /api/admin/results/:slug/unit-boards': {
    ok: () => ({ as: admin, params: { slug: survey } }),
    refusals: () => [{ why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, status: 404, code: 'survey.notFound' }],
  },
  'POST /api/admin/results/:slug/unit-boards': {
    ok: () => ({ as: admin, params: { slug: survey }, body: { visible: false } }),
    refusals: () => [
      { why: 'not a yes or no', as: admin, params: { slug: survey }, body: { visible: 'yes' }, status: 400, code: 'request.invalid' },
      { why: 'an unknown survey', as: admin, params: { slug: 'nowhere' }, body: { visible: true }, status: 404, code: 'survey.notFound' },
    ],
  },
  'GET /api/unit-results/:slug/units/:unitNo': {
    ok: (ctx) => {
      withInterviews(ctx, SEED);
      setUnitBoardsSeeResults(ctx.t.db, survey, true);
      return { as: { session: 'unit_board' }, params: { slug: survey, unitNo: hungYen2026.survey.units[0]!.no } };
    },
    refusals: () => [
      { why: 'a unit the board does not watch', as: { session: 'unit_board' }, params: { slug: survey, unitNo: hungYen2026.survey.units[6]!.no }, status: 403, code: 'auth.forbidden' },
      { why: 'an unknown survey, to a board: the same bare 403', as: { session: 'unit_board' }, params: { slug: 'nowhere', unitNo: '01' }, status: 403, code: 'auth.forbidden' },
      { why: 'a unit filter, the unit being the path', as: admin, params: { slug: survey, unitNo: '01' }, query: { units: '02' }, status: 400, code: 'export.invalidFilter' },
    ],
  },
} satisfies Record<
  | 'GET /api/admin/results/:slug' | 'GET /api/admin/results/:slug/crosstab' | 'GET /api/admin/results/:slug/texts'
  | 'POST /api/admin/results/:slug/codings' | 'GET /api/admin/results/:slug/unit-boards' | 'POST /api/admin/results/:slug/unit-boards'
  | 'GET /api/unit-results/:slug/units/:unitNo', Sample>;
