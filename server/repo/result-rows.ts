// SQL of the results: the interviews a table counts, read one at a time (`iterate`) so memory stays flat.
// The same interviews as an export with the same filters (export-rows.ts): practice and voided ones never count.
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

type Params = {
  survey: number; statuses: string; units: string | null; modes: string | null; entries: string | null;
  from: string | null; to: string | null;
};

export type ResultRow = { unit_no: string; mode: string; entry: string; answers: string | null };

const FROM_WHERE = `
   FROM interviews i JOIN units u ON u.id = i.unit_id
   WHERE i.survey_id = @survey AND i.practice = 0 AND i.voided = 0 AND i.second_keying = 0
     AND i.status IN (SELECT value FROM json_each(@statuses))
     AND (@units IS NULL OR u.no IN (SELECT value FROM json_each(@units)))
     AND (@modes IS NULL OR i.mode IN (SELECT value FROM json_each(@modes)))
     AND (@entries IS NULL OR i.entry IN (SELECT value FROM json_each(@entries)))
     AND (@from IS NULL OR i.interview_day >= @from)
     AND (@to IS NULL OR i.interview_day <= @to)`;
const rowsStmt = prepared<[Params], ResultRow>(
  `SELECT u.no AS unit_no, i.mode, i.entry, json_extract(i.record, '$.answers') AS answers ${FROM_WHERE}`,
);
// The variable travels as a bound JSON path, never as SQL text.
const textsStmt = prepared<[Params & { path: string }], string>(
  `SELECT json_extract(i.record, @path) AS text ${FROM_WHERE} AND json_type(i.record, @path) = 'text'`,
);

function params(surveyId: number, f: ExportFilters): Params {
  const json = (list: readonly string[] | null) => (list === null ? null : JSON.stringify(list));
  return {
    survey: surveyId, statuses: JSON.stringify(f.statuses), units: json(f.units), modes: json(f.modes),
    entries: json(f.entries), from: f.from, to: f.to,
  };
}

/** In no particular order: a table does not depend on it. */
export function iterateResultRows(db: Db, surveyId: number, f: ExportFilters): IterableIterator<ResultRow> {
  return rowsStmt(db).iterate(params(surveyId, f));
}

/** The texts stored in one answer variable (an open question or an "other – specify"), one per interview. */
export function iterateTexts(db: Db, surveyId: number, f: ExportFilters, variable: string): IterableIterator<string> {
  return textsStmt(db).pluck().iterate({ ...params(surveyId, f), path: `$.answers.${variable}` });
}

const textColumnsStmts = new Map<number, ReturnType<typeof prepared<unknown[], string>>>();
/**
 * Several text variables of each interview in one read (the coded tables): SQLite parses each record once for all
 * of them, as a JSON array (json_extract with two paths or more; '$.id' pads a single one). Values not texts are null.
 */
export function* iterateTextColumns(db: Db, surveyId: number, f: ExportFilters, variables: readonly string[]): Generator<(string | null)[]> {
  const paths = [...variables.map((v) => `$.answers.${v}`), ...(variables.length === 1 ? ['$.id'] : [])];
  let stmt = textColumnsStmts.get(paths.length);
  if (!stmt) {
    stmt = prepared<unknown[], string>(`SELECT json_extract(i.record, ${paths.map((_, n) => `@p${n}`).join(', ')}) ${FROM_WHERE}`);
    textColumnsStmts.set(paths.length, stmt);
  }
  const named = Object.fromEntries(paths.map((path, n) => [`p${n}`, path]));
  for (const row of stmt(db).pluck().iterate({ ...params(surveyId, f), ...named })) {
    const values = JSON.parse(row) as unknown[];
    yield variables.map((_, n) => (typeof values[n] === 'string' ? values[n] : null));
  }
}
