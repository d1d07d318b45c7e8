// SQL of the free texts kept in the compact store (migration 2026-12-03-08): written beside an interview's packed
// row, dropped with it (ON DELETE CASCADE, so the triggers that drop a row drop its texts), read under the filters.
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

const insertStmt = prepared<[string, string, string]>('INSERT OR REPLACE INTO tabulation_texts (interview_id, variable, text) VALUES (?, ?, ?)');

/** After the interviews' packed rows are stored (a text needs its row). */
export function storeTexts(db: Db, texts: readonly { id: string; variable: string; text: string }[]): void {
  for (const t of texts) insertStmt(db).run(t.id, t.variable, t.text);
}

type Params = {
  survey: number; layout: number; variables: string; statuses: string; units: string | null; modes: string | null;
  entries: string | null; from: string | null; to: string | null;
};
// The same filters as the packed rows' (shared/tables/scan.ts packedFilter): a date filter leaves out an interview with no day.
const textsStmt = prepared<[Params], { variable: string; text: string }>(
  `SELECT t.variable, t.text FROM tabulation_rows r JOIN tabulation_texts t ON t.interview_id = r.interview_id
   WHERE r.survey_id = @survey AND r.layout_id = @layout AND t.variable IN (SELECT value FROM json_each(@variables))
     AND r.status IN (SELECT value FROM json_each(@statuses))
     AND (@units IS NULL OR r.unit_no IN (SELECT value FROM json_each(@units)))
     AND (@modes IS NULL OR r.mode IN (SELECT value FROM json_each(@modes)))
     AND (@entries IS NULL OR r.entry IN (SELECT value FROM json_each(@entries)))
     AND (@from IS NULL OR r.interview_day >= @from)
     AND (@to IS NULL OR r.interview_day <= @to)`,
);

export function iterateStoredTexts(
  db: Db, surveyId: number, layout: number, f: ExportFilters, variables: readonly string[],
): IterableIterator<{ variable: string; text: string }> {
  const json = (list: readonly string[] | null) => (list === null ? null : JSON.stringify(list));
  return textsStmt(db).iterate({
    survey: surveyId, layout, variables: JSON.stringify(variables), statuses: JSON.stringify(f.statuses), units: json(f.units),
    modes: json(f.modes), entries: json(f.entries), from: f.from, to: f.to,
  });
}
