// SQL behind questionnaire drafts (decision 0018): one version row with its revision, a save that succeeds only
// from the revision it started at, and a new draft version row.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type DraftRow = { version: number; status: string; definition: string; revision: number; saved_at: string | null; published_at: string | null };

const versionStmt = prepared<[number, number], DraftRow>(
  'SELECT version, status, definition, revision, saved_at, published_at FROM questionnaire_versions WHERE survey_id = ? AND version = ?',
);
export function findVersionRow(db: Db, surveyId: number, version: number): DraftRow | undefined {
  return versionStmt(db).get(surveyId, version);
}

const saveStmt = prepared<[string, string, number | null, number, number, number]>(
  `UPDATE questionnaire_versions SET definition = ?, revision = revision + 1, saved_at = ?, saved_by = ?
   WHERE survey_id = ? AND version = ? AND status = 'draft' AND revision = ?`,
);
/** Writes the draft only if nobody saved it since `fromRevision`; false when the row moved on (or is no draft). */
export function saveDraftRow(
  db: Db, surveyId: number, version: number, draft: { definition: string; fromRevision: number; at: string; by: number | null },
): boolean {
  return saveStmt(db).run(draft.definition, draft.at, draft.by, surveyId, version, draft.fromRevision).changes === 1;
}

const insertStmt = prepared<[number, number, string, string, number | null]>(
  "INSERT INTO questionnaire_versions (survey_id, version, status, definition, published_at, revision, saved_at, saved_by) VALUES (?, ?, 'draft', ?, NULL, 1, ?, ?)",
);
export function insertDraftRow(db: Db, surveyId: number, draft: { version: number; definition: string; at: string; by: number | null }): void {
  insertStmt(db).run(surveyId, draft.version, draft.definition, draft.at, draft.by);
}
