// The results of a survey as the admin asks for them: the survey and its questionnaire versions, the plan of
// its tables (bands checked), then one pass over the interviews the filters select. Bad input is a coded problem.
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { TableCase, Words } from '#shared/tables/cases.ts';
import { crosstabOf } from '#shared/tables/crosstab.ts';
import { buildTablePlan, type TablePlan } from '#shared/tables/plan.ts';
import { unitsOfRequest, type CrosstabRequest, type ResultsRequest } from '#shared/tables/query.ts';
import type { CrosstabResponse, ResultsResponse } from '#shared/tables/schema.ts';
import { tabulate } from '#shared/tables/tabulate.ts';
import { packLayout, type PackLayout } from '#shared/tables/packing.ts';
import { crosstabPacked, tabulatePacked } from '#shared/tables/tally.ts';
import { packedFilter, scanBlobs, type Scan } from '#shared/tables/scan.ts';
import { problem } from '#shared/problems.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import type { Db } from '../db/open.ts';
import { exportedSurvey } from '../export/plan-export.ts';
import { iterateResultRows } from '../repo/result-rows.ts';
import { iterateChunks } from '../repo/tabulation-rows.ts';
import { refreshTabulation } from './refresh-tabulation.ts';
import { codedVariables, textVariables } from './coding.ts';
import { textsFromRecords, textsFromStore, withCodedTables } from './coded-tables.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';

type Planned = {
  slug: string; surveyId: number; filters: ExportFilters; plan: TablePlan; layout: PackLayout;
  /** The store's layout id, known once the scan has brought the store up to date. */
  layoutId: () => number;
  /** Visits each interview the filters keep, in the compact store (brought up to date first). */
  scan: Scan;
  /** The same interviews read from their JSON records: the reference the compact store is tested against. */
  recount: () => Iterable<TableCase>;
};

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
  let layoutId: number | undefined;
  const chunks = () => iterateChunks(db, found.id, layoutId = refreshTabulation(db, found.id, layout));
  return {
    slug: found.survey.slug, surveyId: found.id, filters, plan: built.plan, layout,
    layoutId: () => layoutId ?? refreshTabulation(db, found.id, layout),
    scan: scanBlobs(layout, chunks, packedFilter(layout, filters)),
    *recount() {
      for (const row of iterateResultRows(db, found.id, filters)) {
        yield { unitNo: row.unit_no, mode: row.mode, entry: row.entry, answers: row.answers ? JSON.parse(row.answers) as Record<string, unknown> : {} };
      }
    },
  };
}

/** `from: 'records'` recounts from the JSON records instead of the compact store (tests compare the two). */
export function loadResults(db: Db, slug: string, request: ResultsRequest, words: Words, from: 'store' | 'records' = 'store'): ResultsResponse {
  const p = planResults(db, slug, request);
  const counted = from === 'store' ? tabulatePacked(p.plan, p.layout, p.scan, words) : tabulate(p.plan, p.recount(), words);
  // Coded texts are counted from the texts at request time, whichever way the rest was counted.
  const coded = codedVariables(db, p.surveyId);
  const texts = textVariables(db, p.surveyId);
  const textsOf = from === 'store' ? textsFromStore(db, p.surveyId, p.layoutId, p.filters) : textsFromRecords(db, p.surveyId, p.filters);
  const tables = coded.length === 0 ? counted.tables : withCodedTables(counted.tables, coded, texts, textsOf, words);
  return { survey: p.slug, total: counted.total, tables, texts: [...texts].map(([variable, t]) => ({ variable, title: t.title })) };
}

export function loadCrosstab(db: Db, slug: string, request: CrosstabRequest, words: Words, from: 'store' | 'records' = 'store'): CrosstabResponse {
  const p = planResults(db, slug, request);
  const result = from === 'store'
    ? crosstabPacked(p.plan, p.layout, request.row, request.by, p.scan, words)
    : crosstabOf(p.plan, request.row, request.by, p.recount(), words);
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return { survey: p.slug, crosstab: result.crosstab };
}
