// Quota dashboards: the province table (admin) with its CSV and .xlsx, and one unit's progress page (admin for
// any unit, a unit board for its own). Counts only, never answers. Each request reads in one transaction.
import { Hono } from 'hono';
import type { ProvinceDashboard, UnitDashboard } from '#shared/api/quota.ts';
import { isoNow } from '#shared/clock.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { unitForAccount } from '../quota/access.ts';
import { provinceDashboard, unitDashboard } from '../quota/dashboards.ts';
import { unitBoardsSeeResults } from '../results/unit-boards.ts';
import { provinceCsv, provinceXlsx } from '../quota/export.ts';
import { requireQuotaSurvey } from '../quota/survey.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function quotaRoutes(deps: Deps) {
  const province = (slug: string): ProvinceDashboard =>
    deps.db.transaction(() => provinceDashboard(deps.db, requireQuotaSurvey(deps.db, slug), isoNow(deps.clock)))();
  const language = (raw: string | undefined): Language => LanguageSchema.safeParse(raw ?? 'vi').data ?? 'vi';
  const fileName = (slug: string, ext: string) => `tien-do-${slug}-${surveyDay(deps.clock.now())}.${ext}`;
  const admin = requireRole(['admin']);

  return new Hono<AppEnv>()
    .get('/:survey', admin, (c) => c.json(province(c.req.param('survey'))))
    .get('/:survey/export.csv', admin, (c) => {
      const dashboard = province(c.req.param('survey'));
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${fileName(dashboard.survey.slug, 'csv')}"`);
      return c.body(provinceCsv(dashboard, language(c.req.query('lang'))));
    })
    .get('/:survey/export.xlsx', admin, async (c) => {
      const dashboard = province(c.req.param('survey'));
      const bytes = await provinceXlsx(dashboard, language(c.req.query('lang')));
      c.header('Content-Type', XLSX_TYPE);
      c.header('Content-Disposition', `attachment; filename="${fileName(dashboard.survey.slug, 'xlsx')}"`);
      return c.body(bytes);
    })
    .get('/:survey/units/:unitNo', requireRole(['admin', 'unit_board']), (c) => {
      const { account } = callerOf(c);
      const body: UnitDashboard = deps.db.transaction(() => {
        const { quota, unit } = unitForAccount(deps.db, account, c.req.param('survey'), c.req.param('unitNo'));
        return { ...unitDashboard(deps.db, quota, unit, isoNow(deps.clock)), resultsShared: unitBoardsSeeResults(deps.db, c.req.param('survey')) };
      })();
      return c.json(body);
    })
    // Nothing else lives here (no answers, no per-unit exports): a non-admin learns only "no", whatever the path.
    .all('*', admin, (c) => { throw problem('route.notFound', { path: c.req.path }); });
}
