// The results of a survey as the admin asks for them: the survey and its questionnaire versions, the plan of
// its tables (bands checked), then one pass over the interviews the filters select. Bad input is a coded problem.
import type { TableCase, Words } from '#shared/tables/cases.ts';
import { crosstabOf } from '#shared/tables/crosstab.ts';
import { buildTablePlan, type TablePlan } from '#shared/tables/plan.ts';
import { unitsOfRequest, type CrosstabRequest, type ResultsRequest } from '#shared/tables/query.ts';
import type { CrosstabResponse, ResultsResponse } from '#shared/tables/schema.ts';
import { tabulate } from '#shared/tables/tabulate.ts';
import { packLayout, unpacker } from '#shared/tables/packing.ts';
import { problem } from '#shared/problems.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import type { Db } from '../db/open.ts';
import { exportedSurvey } from '../export/plan-export.ts';
import { iterateResultRows } from '../repo/result-rows.ts';
import { iteratePackedRows } from '../repo/tabulation-rows.ts';
import { refreshTabulation } from './refresh-tabulation.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';

type Planned = { surveyId: number; slug: string; plan: TablePlan; cases: () => Iterable<TableCase>; recount: () => Iterable<TableCase> };

/** Throws survey.notFound, export.unknownUnit, or a band problem. */
function planResults(db: Db, slug: string, request: ResultsRequest): Planned {
  const found = exportedSurvey(db, slug, request.filters);
  const versions = listQuestionnaireVersions(db, found.id)
    .filter((row) => row.status !== 'draft')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
  const built = buildTablePlan(versions, found.survey.units, request.bands);
  if (!built.ok) throw problem(built.problem.code, built.problem.params);
  const filters = { ...request.filters, units: unitsOfRequest(request, found.survey.units) };
  const layout = packLayout(built.plan);
  return {
    surveyId: found.id, slug: found.survey.slug, plan: built.plan,
    *cases() {
      const layoutId = refreshTabulation(db, found.id, layout);
      const cells = new Float64Array(layout.slots.length);
      const bytes = new Uint8Array(cells.buffer);
      const unpack = unpacker(layout);
      for (const row of iteratePackedRows(db, found.id, layoutId, filters)) {
        // Copied into an aligned array: SQLite's blob may start at any byte.
        bytes.set(row.cells);
        yield { unitNo: row.unit_no, mode: row.mode, entry: row.entry, answers: unpack(cells) };
      }
    },
    /** The same interviews read from their JSON records: the reference the compact store is tested against. */
    *recount() {
      for (const row of iterateResultRows(db, found.id, filters)) {
        yield { unitNo: row.unit_no, mode: row.mode, entry: row.entry, answers: row.answers ? JSON.parse(row.answers) as Record<string, unknown> : {} };
      }
    },
  };
}

/** `from: 'records'` recounts from the JSON records instead of the compact store (tests compare the two). */
export function loadResults(db: Db, slug: string, request: ResultsRequest, words: Words, from: 'store' | 'records' = 'store'): ResultsResponse {
  const planned = planResults(db, slug, request);
  return { survey: planned.slug, ...tabulate(planned.plan, from === 'store' ? planned.cases() : planned.recount(), words) };
}

export function loadCrosstab(db: Db, slug: string, request: CrosstabRequest, words: Words, from: 'store' | 'records' = 'store'): CrosstabResponse {
  const planned = planResults(db, slug, request);
  const result = crosstabOf(planned.plan, request.row, request.by, from === 'store' ? planned.cases() : planned.recount(), words);
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return { survey: planned.slug, crosstab: result.crosstab };
}
