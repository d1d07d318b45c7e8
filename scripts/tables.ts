// `npm run tables -- --survey SLUG --out tables.xlsx [filters] [--bands …] [--crosstab ROW:BY …]`: every question's
// table (and the cross-tabs asked for) as one sheet each, from the data folder's database, for analysts who rework
// them in Excel. Exit codes: 0 done; 2 a refused request (usage, filter, band, cross-tab, unknown survey); 1 a failure.
import { renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate } from '#shared/i18n/translate.ts';
import { Problem, problemMessageKey } from '#shared/problems.ts';
import { parseCrosstabQuery, parseResultsQuery, RESULTS_PARAMS } from '#shared/tables/query.ts';
import { loadCrosstab, loadResults } from '#server/results/load-results.ts';
import { tablesWorkbook } from '#server/results/tables-xlsx.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const language = z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG);
const dictionary = await loadDictionary(language);
const words = (code: string) => translate(dictionary, code);
const fail = (exitCode: number, code: string, params?: Record<string, string | number>): never => {
  console.error(translate(dictionary, code, params));
  process.exit(exitCode);
};

const FILTERS = RESULTS_PARAMS;
let values: Record<string, string | string[] | boolean | undefined> = {};
try {
  values = parseArgs({
    options: {
      survey: { type: 'string' }, out: { type: 'string' }, crosstab: { type: 'string', multiple: true },
      ...Object.fromEntries(FILTERS.map((name) => [name, { type: 'string' as const }])),
    },
  }).values;
} catch {
  fail(2, 'results.cli.usage');
}
const slug = typeof values.survey === 'string' ? values.survey : '';
const out = typeof values.out === 'string' ? values.out : '';
if (!slug || !out) fail(2, 'results.cli.usage');

const params: Record<string, string> = {};
for (const name of FILTERS) if (typeof values[name] === 'string') params[name] = values[name];
const parsed = parseResultsQuery(params);
if (!parsed.ok) fail(2, problemMessageKey(parsed.problem.code), parsed.problem.params);
const crosstabs = (Array.isArray(values.crosstab) ? values.crosstab : []).map((pair) => {
  const [row, by, ...rest] = pair.split(':');
  if (!row || !by || rest.length) return fail(2, 'results.cli.usage');
  const request = parseCrosstabQuery({ ...params, row, by });
  return request.ok ? request.value : fail(2, problemMessageKey(request.problem.code), request.problem.params);
});

const { db } = openDataDatabase(dictionary);
try {
  const request = parsed.ok ? parsed.value : fail(2, 'results.cli.usage');
  const results = loadResults(db, slug, request, words);
  const tables = tablesWorkbook(results.tables, crosstabs.map((c) => loadCrosstab(db, slug, c, words).crosstab), words);
  // Written beside its final name and renamed at the end: a failure leaves no half-written workbook.
  const partial = `${out}.part`;
  try {
    await tables.xlsx.writeFile(partial);
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  console.log(translate(dictionary, 'results.cli.done', { tables: results.tables.length + crosstabs.length, count: results.total, file: out }));
} catch (error) {
  if (error instanceof Problem) fail(2, problemMessageKey(error.code), error.params);
  throw error;
} finally {
  db.close();
}
