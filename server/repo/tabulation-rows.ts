// SQL of the results' compact store (decision 0017, migration 2026-12-03-03): layouts, the dirty interviews to
// pack again, the packed rows and the chunks gathering them, read back whole (the filters are applied in memory).
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

const findLayoutStmt = prepared<[number, string], number>('SELECT id FROM tabulation_layouts WHERE survey_id = ? AND signature = ?');
const insertLayoutStmt = prepared<[number, string]>('INSERT INTO tabulation_layouts (survey_id, signature) VALUES (?, ?)');
/** The layout's id, made when new. */
export function layoutId(db: Db, surveyId: number, signature: string): number {
  return findLayoutStmt(db).pluck().get(surveyId, signature) ?? Number(insertLayoutStmt(db).run(surveyId, signature).lastInsertRowid);
}

const otherLayoutStmt = prepared<[number, number], number>('SELECT 1 FROM tabulation_rows WHERE survey_id = ? AND layout_id <> ? LIMIT 1');
const dropOtherRowsStmt = prepared<[number, number]>('DELETE FROM tabulation_rows WHERE survey_id = ? AND layout_id <> ?');
const dropOtherChunksStmt = prepared<[number, number]>('DELETE FROM tabulation_chunks WHERE survey_id = ? AND layout_id <> ?');
const markSurveyStmt = prepared<[number]>(`INSERT OR IGNORE INTO tabulation_dirty (interview_id, survey_id)
  SELECT id, survey_id FROM interviews WHERE survey_id = ?`);
/** When the survey's rows were packed under another layout (its questions or units changed), all are packed again. */
export function repackIfLayoutChanged(db: Db, surveyId: number, layout: number): void {
  if (otherLayoutStmt(db).pluck().get(surveyId, layout) === undefined) return;
  dropOtherRowsStmt(db).run(surveyId, layout);
  dropOtherChunksStmt(db).run(surveyId, layout);
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

const lastChunkStmt = prepared<[number], { chunk: number; count: number }>(
  'SELECT chunk, count FROM tabulation_chunks WHERE survey_id = ? ORDER BY chunk DESC LIMIT 1',
);
/** The survey's last chunk (new members fill it first), or chunk 0 with nothing in it. */
export function lastChunk(db: Db, surveyId: number): { chunk: number; count: number } {
  return lastChunkStmt(db).get(surveyId) ?? { chunk: 0, count: 0 };
}

const staleOfRowStmt = prepared<[number, string]>(`UPDATE tabulation_chunks SET stale = 1
  WHERE survey_id = ? AND chunk = (SELECT chunk FROM tabulation_rows WHERE interview_id = ?)`);
const deleteRowStmt = prepared<[string]>('DELETE FROM tabulation_rows WHERE interview_id = ?');
const insertRowStmt = prepared<[Record<string, unknown>]>(
  `INSERT INTO tabulation_rows (interview_id, survey_id, layout_id, unit_id, unit_no, mode, entry, status, interview_day, cells, chunk)
   VALUES (@id, @survey, @layout, @unit_id, @unit_no, @mode, @entry, @status, @interview_day, @cells, @chunk)`,
);
const cleanStmt = prepared<[number]>('DELETE FROM tabulation_dirty WHERE survey_id = ?');

/** Replaces each dirty interview's packed row (cells null: not counted, practice or voided) and clears the marks;
 * the chunks that held or now hold one of them are to be rebuilt (rebuildChunk). */
export function storePacked(db: Db, surveyId: number, layout: number, packed: readonly { row: DirtyInterview; cells: Buffer | null; chunk: number }[]): void {
  for (const { row, cells, chunk } of packed) {
    staleOfRowStmt(db).run(surveyId, row.id);
    deleteRowStmt(db).run(row.id);
    if (cells !== null) insertRowStmt(db).run({ ...row, survey: surveyId, layout, cells, chunk });
  }
  cleanStmt(db).run(surveyId);
}

const staleChunksStmt = prepared<[number], number>('SELECT chunk FROM tabulation_chunks WHERE survey_id = ? AND stale = 1');
export function listStaleChunks(db: Db, surveyId: number): number[] {
  return staleChunksStmt(db).pluck().all(surveyId);
}

const membersStmt = prepared<[number, number], Buffer>('SELECT cells FROM tabulation_rows WHERE survey_id = ? AND chunk = ?');
const upsertChunkStmt = prepared<[Record<string, unknown>]>(
  `INSERT OR REPLACE INTO tabulation_chunks (survey_id, chunk, layout_id, count, stale, cells) VALUES (@survey, @chunk, @layout, @count, 0, @cells)`,
);
const deleteChunkStmt = prepared<[number, number]>('DELETE FROM tabulation_chunks WHERE survey_id = ? AND chunk = ?');
/** A chunk made again from its members' rows (removed when it has none left). */
export function rebuildChunk(db: Db, surveyId: number, layout: number, chunk: number): void {
  const members = membersStmt(db).pluck().all(surveyId, chunk);
  if (members.length === 0) deleteChunkStmt(db).run(surveyId, chunk);
  else upsertChunkStmt(db).run({ survey: surveyId, chunk, layout, count: members.length, cells: Buffer.concat(members) });
}

const chunksStmt = prepared<[number, number], Buffer>('SELECT cells FROM tabulation_chunks WHERE survey_id = ? AND layout_id = ?');
/** Every chunk's cells: a few hundred rows for a million interviews. */
export function iterateChunks(db: Db, surveyId: number, layout: number): IterableIterator<Buffer> {
  return chunksStmt(db).pluck().iterate(surveyId, layout);
}
