// Everything a Word report shows, read once: the survey's plan (purpose, units and quotas, windows, modes), the
// chosen questions' tables under the report's filters, each unit's interviews, the chosen cross-tabs (a refused
// one is named and left out, the rest still made) and the "other – specify" texts with how often each was written.
import type { Words } from '#shared/tables/cases.ts';
import { Problem, problem } from '#shared/problems.ts';
import type { RefusedCrosstab } from '#shared/report/schema.ts';
import type { ReportRequest } from '#shared/report/request.ts';
import { unitsOfRequest } from '#shared/tables/query.ts';
import type { Crosstab, ResultTable } from '#shared/tables/schema.ts';
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import type { Survey } from '#shared/survey/survey.ts';
import type { Db } from '../db/open.ts';
import { exportedSurvey } from '../export/plan-export.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';
import { loadCrosstab, loadResults } from '../results/load-results.ts';
import { countOtherTexts, type OtherTexts } from './other-texts.ts';

export type ReportData = {
  survey: Survey;
  /** The newest version's sections (title, variables), for the report's numbering; older-only questions come last. */
  sections: { title: string; variables: string[] }[];
  /** The newest version's issuing body ("BAN TUYÊN GIÁO … TỈNH ỦY HƯNG YÊN"), the default of the heading block. */
  issuer: string;
  total: number;
  tables: ResultTable[];
  /** Every question's title (the page's list to choose from). */
  questions: { variable: string; title: string }[];
  crosstabs: Crosstab[];
  refused: RefusedCrosstab[];
  /** Interviews counted per unit number, under the report's filters. */
  achieved: Record<string, number>;
  other: OtherTexts[];
};

function newestVersion(db: Db, surveyId: number): QuestionnaireVersion | null {
  const versions = listQuestionnaireVersions(db, surveyId).filter((row) => row.status !== 'draft')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
  return versions.sort((a, b) => b.version - a.version)[0] ?? null;
}

/** A refusal of the tabulation (a coded problem) becomes data; anything else is a failure and is thrown. */
function refusalOf(error: unknown, row: string, by: string): RefusedCrosstab {
  if (!(error instanceof Problem)) throw error;
  return { row, by, code: error.code, params: error.params ?? {} };
}

/** Throws what the results throw (survey.notFound, export.unknownUnit, a band problem). */
export function loadReport(db: Db, slug: string, request: ReportRequest, words: Words, withOther = true): ReportData {
  const found = exportedSurvey(db, slug, request.filters);
  const results = loadResults(db, slug, request, words);
  const chosen = request.questions === null ? null : new Set(request.questions);
  // A question chosen that the survey does not have is a typo: refused, as the results refuse it, never left out.
  const unknown = request.questions?.find((v) => !results.tables.some((t) => t.variable === v));
  if (unknown !== undefined) throw problem('results.unknownQuestion', { variable: unknown });
  const tables = results.tables.filter((t) => chosen === null || chosen.has(t.variable));
  const crosstabs: Crosstab[] = [];
  const refused: RefusedCrosstab[] = [];
  for (const { row, by } of request.crosstabs) {
    try {
      crosstabs.push(loadCrosstab(db, slug, { ...request, row, by }, words).crosstab);
    } catch (error) {
      refused.push(refusalOf(error, row, by));
    }
  }
  const achieved: Record<string, number> = {};
  if (results.total > 0) {
    const byUnit = loadCrosstab(db, slug, { ...request, row: 'unit', by: 'entry' }, words).crosstab;
    byUnit.rows.forEach((unit, i) => { achieved[unit.key] = byUnit.rowTotals[i] ?? 0; });
  }
  const version = newestVersion(db, found.id);
  const variables = new Set(tables.map((t) => t.variable));
  const sections = (version?.sections ?? []).map((s) => ({ title: s.title, variables: s.questions.map((q) => q.variable).filter((v) => variables.has(v)) }));
  const versions = version ? [version] : [];
  const other = withOther && results.total > 0
    ? countOtherTexts(db, found.id, { ...request.filters, units: unitsOfRequest(request, found.survey.units) }, versions.flatMap(questionsOf).filter((q) => variables.has(q.variable)))
    : [];
  return {
    survey: found.survey, sections, issuer: version?.issuer ?? '', total: results.total, tables,
    questions: results.tables.map((t) => ({ variable: t.variable, title: t.title })), crosstabs, refused, achieved, other,
  };
}
