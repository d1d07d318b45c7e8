// The results of a survey as the admin asks for them: the survey and its questionnaire versions, the plan of
// its tables (bands checked), then one pass over the interviews the filters select. Bad input is a coded problem.
import type { TableCase, Words } from '#shared/tables/cases.ts';
import { crosstabOf } from '#shared/tables/crosstab.ts';
import { buildTablePlan, type TablePlan } from '#shared/tables/plan.ts';
import { unitsOfRequest, type CrosstabRequest, type ResultsRequest } from '#shared/tables/query.ts';
import type { CrosstabResponse, ResultsResponse } from '#shared/tables/schema.ts';
import { tabulate } from '#shared/tables/tabulate.ts';
import { problem } from '#shared/problems.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import type { Db } from '../db/open.ts';
import { exportedSurvey } from '../export/plan-export.ts';
import { iterateResultRows } from '../repo/result-rows.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';

type Planned = { surveyId: number; slug: string; plan: TablePlan; cases: () => Iterable<TableCase> };

/** Throws survey.notFound, export.unknownUnit, or a band problem. */
function planResults(db: Db, slug: string, request: ResultsRequest): Planned {
  const found = exportedSurvey(db, slug, request.filters);
  const versions = listQuestionnaireVersions(db, found.id)
    .filter((row) => row.status !== 'draft')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
  const built = buildTablePlan(versions, found.survey.units, request.bands);
  if (!built.ok) throw problem(built.problem.code, built.problem.params);
  const filters = { ...request.filters, units: unitsOfRequest(request, found.survey.units) };
  return {
    surveyId: found.id, slug: found.survey.slug, plan: built.plan,
    *cases() {
      for (const row of iterateResultRows(db, found.id, filters)) {
        yield { unitNo: row.unit_no, mode: row.mode, entry: row.entry, answers: row.answers ? JSON.parse(row.answers) as Record<string, unknown> : {} };
      }
    },
  };
}

export function loadResults(db: Db, slug: string, request: ResultsRequest, words: Words): ResultsResponse {
  const planned = planResults(db, slug, request);
  return { survey: planned.slug, ...tabulate(planned.plan, planned.cases(), words) };
}

export function loadCrosstab(db: Db, slug: string, request: CrosstabRequest, words: Words): CrosstabResponse {
  const planned = planResults(db, slug, request);
  const result = crosstabOf(planned.plan, request.row, request.by, planned.cases(), words);
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return { survey: planned.slug, crosstab: result.crosstab };
}
