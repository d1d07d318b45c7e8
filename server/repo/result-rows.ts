// SQL of the results: the interviews a table counts, read one at a time (`iterate`) so memory stays flat.
// The same interviews as an export with the same filters: one condition for both (counted-interviews.ts).
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { COUNTED_WHERE, countedParams, type CountedParams } from './counted-interviews.ts';

export type ResultRow = { unit_no: string; mode: string; entry: string; answers: string | null };

const FROM_WHERE = `
   FROM interviews i JOIN units u ON u.id = i.unit_id
   WHERE ${COUNTED_WHERE}`;
const rowsStmt = prepared<[CountedParams], ResultRow>(
  `SELECT u.no AS unit_no, i.mode, i.entry, json_extract(i.record, '$.answers') AS answers ${FROM_WHERE}`,
);
// The variable travels as a bound JSON path, never as SQL text.
const textsStmt = prepared<[CountedParams & { path: string }], string>(
  `SELECT json_extract(i.record, @path) AS text ${FROM_WHERE} AND json_type(i.record, @path) = 'text'`,
);

/** In no particular order: a table does not depend on it. */
export function iterateResultRows(db: Db, surveyId: number, f: ExportFilters): IterableIterator<ResultRow> {
  return rowsStmt(db).iterate(countedParams(surveyId, f));
}

/** The texts stored in one answer variable (an open question or an "other – specify"), one per interview. */
export function iterateTexts(db: Db, surveyId: number, f: ExportFilters, variable: string): IterableIterator<string> {
  return textsStmt(db).pluck().iterate({ ...countedParams(surveyId, f), path: `$.answers.${variable}` });
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
  for (const row of stmt(db).pluck().iterate({ ...countedParams(surveyId, f), ...named })) {
    const values = JSON.parse(row) as unknown[];
    yield variables.map((_, n) => (typeof values[n] === 'string' ? values[n] : null));
  }
}
