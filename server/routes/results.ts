// The admin's results (issue 21): every question's table of a survey, one cross-tab, one variable's free texts
// grouped for reading and coding, the coding itself, and whether unit boards see their unit's results; under the
// same filters as the exports. Tables are computed on request from the stored interviews (decision 0017).
import { Hono, type Context } from 'hono';
import { CodingRequestSchema } from '#shared/coding/schema.ts';
import { isoNow } from '#shared/clock.ts';
import { DEFAULT_LANGUAGE } from '#shared/i18n/languages.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate } from '#shared/i18n/translate.ts';
import type { ParseResult } from '#shared/exporting/filters.ts';
import { problem } from '#shared/problems.ts';
import { parseCrosstabQuery, parseResultsQuery, parseTextsQuery } from '#shared/tables/query.ts';
import { UnitBoardsSettingSchema, type ResultsResponse } from '#shared/tables/schema.ts';
import type { Unit } from '#shared/survey/survey.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { loadSurvey } from '../services/surveys.ts';
import { codeTexts } from '../results/coding.ts';
import { loadCrosstab, loadResults } from '../results/load-results.ts';
import { loadTexts } from '../results/load-texts.ts';
import { setUnitBoardsSeeResults, unitBoardsSeeResults, unitOfResults } from '../results/unit-boards.ts';

function parsed<T>(result: ParseResult<T>): T {
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return result.value;
}

async function words(): Promise<(code: string) => string> {
  const dictionary = await loadDictionary(DEFAULT_LANGUAGE);
  return (code) => translate(dictionary, code);
}

function surveyOf(deps: Deps, c: Context<AppEnv>): { id: number; slug: string } {
  const found = loadSurvey(deps.db, c.req.param('slug') ?? '');
  if (!found) throw problem('survey.notFound', { survey: c.req.param('slug') ?? '' });
  return { id: found.id, slug: found.survey.slug };
}

export function resultRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:slug/texts', (c) => {
      const request = parsed(parseTextsQuery(c.req.query()));
      return c.json(loadTexts(deps.db, c.req.param('slug'), request));
    })
    .post('/:slug/codings', async (c) => {
      const body = await readJson(c, CodingRequestSchema);
      const survey = surveyOf(deps, c);
      const answer = deps.db.transaction(() => {
        const coded = codeTexts(deps.db, survey.id, body, callerOf(c).account.id, isoNow(deps.clock));
        recordAudit(deps, c, { action: 'results.code', target: `survey:${survey.slug}`, after: { ...coded } });
        return coded;
      })();
      return c.json(answer);
    })
    .get('/:slug/unit-boards', (c) => c.json({ visible: unitBoardsSeeResults(deps.db, surveyOf(deps, c).slug) }))
    .post('/:slug/unit-boards', async (c) => {
      const body = await readJson(c, UnitBoardsSettingSchema);
      const survey = surveyOf(deps, c);
      deps.db.transaction(() => {
        const before = unitBoardsSeeResults(deps.db, survey.slug);
        setUnitBoardsSeeResults(deps.db, survey.slug, body.visible);
        recordAudit(deps, c, { action: 'results.unitBoards', target: `survey:${survey.slug}`, before: { visible: before }, after: { ...body } });
      })();
      return c.json(body);
    })
    .get('/:slug/crosstab', async (c) => {
      const request = parsed(parseCrosstabQuery(c.req.query()));
      return c.json(loadCrosstab(deps.db, c.req.param('slug'), request, await words()));
    })
    .get('/:slug', async (c) => {
      const request = parsed(parseResultsQuery(c.req.query()));
      return c.json(loadResults(deps.db, c.req.param('slug'), request, await words()));
    });
}

/** A board learns nothing of other units: the unit question's table keeps the board's own unit only. */
function withoutOtherUnits(results: ResultsResponse, units: readonly Unit[], own: string): ResultsResponse {
  const others = new Map(units.filter((u) => u.no !== own).map((u) => [u.no, u.name]));
  const kept = (row: { key: string; label: string }) => others.get(row.key) !== row.label;
  return {
    ...results,
    tables: results.tables.map((t) => (t.kind === 'frequency' ? { ...t, rows: t.rows.filter(kept) } : t)),
  };
}

/** A unit board's view of its own unit's tables, when the admin lets boards see them; an admin may look too. */
export function unitResultRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/:slug/units/:unitNo', requireRole(['admin', 'unit_board']), async (c) => {
      const request = parsed(parseResultsQuery(c.req.query()));
      if (request.filters.units !== null || request.kinds !== null) throw problem('export.invalidFilter', { field: 'units', value: '' });
      const unitNo = unitOfResults(deps.db, callerOf(c).account, c.req.param('slug'), c.req.param('unitNo'));
      const own = { ...request, filters: { ...request.filters, units: [unitNo] } };
      const results = loadResults(deps.db, c.req.param('slug'), own, await words());
      return c.json(withoutOtherUnits(results, loadSurvey(deps.db, results.survey)!.survey.units, unitNo));
    });
}
