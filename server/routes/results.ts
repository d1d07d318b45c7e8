// The admin's results (issue 21): every question's table of a survey, one cross-tab, and one variable's free texts
// grouped for reading and coding, under the same filters as the exports. Tables are computed on request from the stored interviews (decision 0017).
import { Hono } from 'hono';
import { DEFAULT_LANGUAGE } from '#shared/i18n/languages.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate } from '#shared/i18n/translate.ts';
import type { ParseResult } from '#shared/exporting/filters.ts';
import { problem } from '#shared/problems.ts';
import { parseCrosstabQuery, parseResultsQuery, parseTextsQuery } from '#shared/tables/query.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireRole } from '../http/auth.ts';
import { loadCrosstab, loadResults } from '../results/load-results.ts';
import { loadTexts } from '../results/load-texts.ts';

function parsed<T>(result: ParseResult<T>): T {
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return result.value;
}

async function words(): Promise<(code: string) => string> {
  const dictionary = await loadDictionary(DEFAULT_LANGUAGE);
  return (code) => translate(dictionary, code);
}

export function resultRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:slug/texts', (c) => {
      const request = parsed(parseTextsQuery(c.req.query()));
      return c.json(loadTexts(deps.db, c.req.param('slug'), request));
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
