// SQL of the results' compact store (decision 0017, migration 2026-12-03-03): layouts, the dirty interviews to
// pack again, the packed rows written and read back with the same filters as an export.
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

const findLayoutStmt = prepared<[number, string], number>('SELECT id FROM tabulation_layouts WHERE survey_id = ? AND signature = ?');
const insertLayoutStmt = prepared<[number, string]>('INSERT INTO tabulation_layouts (survey_id, signature) VALUES (?, ?)');
/** The layout's id, made when new. */
export function layoutId(db: Db, surveyId: number, signature: string): number {
  return findLayoutStmt(db).pluck().get(surveyId, signature) ?? Number(insertLayoutStmt(db).run(surveyId, signature).lastInsertRowid);
}

const otherLayoutStmt = prepared<[number, number], number>('SELECT 1 FROM tabulation_rows WHERE survey_id = ? AND layout_id <> ? LIMIT 1');
const dropOtherLayoutsStmt = prepared<[number, number]>('DELETE FROM tabulation_rows WHERE survey_id = ? AND layout_id <> ?');
const markSurveyStmt = prepared<[number]>(`INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id)
  SELECT id, survey_id FROM interviews WHERE survey_id = ?`);
/** When the survey's rows were packed under another layout (its questions or units changed), all are packed again. */
export function repackIfLayoutChanged(db: Db, surveyId: number, layout: number): void {
  if (otherLayoutStmt(db).pluck().get(surveyId, layout) === undefined) return;
  dropOtherLayoutsStmt(db).run(surveyId, layout);
  markSurveyStmt(db).run(surveyId);
}

export type DirtyInterview = {
  id: string; unit_id: number; unit_no: string; mode: string; entry: string; status: string; interview_day: string | null;
  counted: number; answers: string | null;
};
const dirtyStmt = prepared<[number], DirtyInterview>(
  `SELECT i.id, i.unit_id, u.no AS unit_no, i.mode, i.entry, i.status, i.interview_day,
          (i.practice = 0 AND i.voided = 0 AND i.second_keying = 0) AS counted, json_extract(i.record, '$.answers') AS answers
   FROM tabulation_dirty d JOIN interviews i ON i.id = d.interview_id JOIN units u ON u.id = i.unit_id
   WHERE d.survey_id = ?`,
);
export function listDirtyInterviews(db: Db, surveyId: number): DirtyInterview[] {
  return dirtyStmt(db).all(surveyId);
}

const upsertStmt = prepared<[Record<string, unknown>]>(
  `INSERT OR REPLACE INTO tabulation_rows (interview_id, survey_id, layout_id, unit_id, unit_no, mode, entry, status, interview_day, cells)
   VALUES (@id, @survey, @layout, @unit_id, @unit_no, @mode, @entry, @status, @interview_day, @cells)`,
);
const deleteRowStmt = prepared<[string]>('DELETE FROM tabulation_rows WHERE interview_id = ?');
const cleanStmt = prepared<[number]>('DELETE FROM tabulation_dirty WHERE survey_id = ?');

/** Writes the packed rows (null: not counted, practice or voided) and clears the survey's dirty marks. */
export function storePacked(db: Db, surveyId: number, layout: number, packed: readonly { row: DirtyInterview; cells: Buffer | null }[]): void {
  for (const { row, cells } of packed) {
    if (cells === null) deleteRowStmt(db).run(row.id);
    else upsertStmt(db).run({ ...row, survey: surveyId, layout, cells });
  }
  cleanStmt(db).run(surveyId);
}

const WHERE = `
   WHERE survey_id = @survey AND layout_id = @layout
     AND status IN (SELECT value FROM json_each(@statuses))
     AND (@units IS NULL OR unit_no IN (SELECT value FROM json_each(@units)))
     AND (@modes IS NULL OR mode IN (SELECT value FROM json_each(@modes)))
     AND (@entries IS NULL OR entry IN (SELECT value FROM json_each(@entries)))
     AND (@from IS NULL OR interview_day >= @from)
     AND (@to IS NULL OR interview_day <= @to)`;
const cellsStmt = prepared<[Record<string, unknown>], Buffer>(`SELECT cells FROM tabulation_rows ${WHERE}`);

function params(surveyId: number, layout: number, f: ExportFilters): Record<string, unknown> {
  const json = (list: readonly string[] | null) => (list === null ? null : JSON.stringify(list));
  return {
    survey: surveyId, layout, statuses: JSON.stringify(f.statuses), units: json(f.units), modes: json(f.modes),
    entries: json(f.entries), from: f.from, to: f.to,
  };
}

/** The cells alone (their unit, mode and entry packed in), one value per row: no row object is made. */
export function iteratePackedCells(db: Db, surveyId: number, layout: number, f: ExportFilters): IterableIterator<Buffer> {
  return cellsStmt(db).pluck().iterate(params(surveyId, layout, f));
}
