// `npm run report -- --survey SLUG --out report.docx [filters] [--questions …] [--crosstabs ROW:BY,…] [document fields]`:
// the Word report of a survey from the data folder's database (issue 22). A refused cross-tab is named and left
// out. Exit codes: 0 done; 2 a refused request (usage, filter, band, unknown survey); 1 a failure (a missing font).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { surveyDay } from '#shared/i18n/format.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { translate } from '#shared/i18n/translate.ts';
import { Problem, problemMessageKey, type ProblemCode } from '#shared/problems.ts';
import { parseReportQuery, REPORT_PARAMS } from '#shared/report/request.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { buildReport } from '#server/report/build-report.ts';
import { openDataDatabase } from './support/open-data-database.ts';

const language = z.catch(LanguageSchema, 'vi').parse(process.env.PHIEU_LANG);
const dictionary = await loadDictionary(language);
const say = (code: string, params?: MessageParams) => translate(dictionary, code, params);
const fail = (exitCode: number, code: string, params?: MessageParams): never => {
  console.error(say(code, params));
  process.exit(exitCode);
};

let values: Record<string, string | boolean | undefined> = {};
try {
  values = parseArgs({
    options: { survey: { type: 'string' }, out: { type: 'string' }, ...Object.fromEntries(REPORT_PARAMS.map((name) => [name, { type: 'string' as const }])) },
  }).values;
} catch {
  fail(2, 'report.cli.usage');
}
const slug = typeof values.survey === 'string' ? values.survey : '';
const out = typeof values.out === 'string' ? values.out : '';
if (!slug || !out) fail(2, 'report.cli.usage');
const params: Record<string, string> = {};
// A shell cannot easily type a newline: "\n" in the signatory's title or the recipients is one.
for (const name of REPORT_PARAMS) if (typeof values[name] === 'string') params[name] = values[name].replace(/\\n/g, '\n');
const parsed = parseReportQuery(params);
if (!parsed.ok) fail(2, problemMessageKey(parsed.problem.code), parsed.problem.params);

const { db } = openDataDatabase(dictionary);
const isServerFailure = (code: ProblemCode) => code === 'report.fontMissing';
try {
  const request = parsed.ok ? parsed.value : fail(2, 'report.cli.usage');
  const report = await buildReport(db, slug, request, say, surveyDay(Date.now()));
  for (const r of report.outline.refused) console.error(say('report.cli.refused', { row: r.row, by: r.by, reason: say(problemMessageKey(r.code), r.params) }));
  // Written beside its final name and renamed at the end: a failure leaves no half-written document.
  const partial = `${out}.part`;
  try {
    writeFileSync(partial, report.docx);
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const sections = report.outline.headings.filter((h) => h.level === 1).length;
  console.log(say('report.cli.done', { sections, count: report.outline.total, file: out }));
} catch (error) {
  if (error instanceof Problem) fail(isServerFailure(error.code) ? 1 : 2, problemMessageKey(error.code), error.params);
  throw error;
} finally {
  db.close();
}
