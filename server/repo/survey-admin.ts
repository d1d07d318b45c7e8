// SQL behind the office's survey setup: lifecycle state, settings, units in place, drafts and publishing,
// survey managers and what archiving does to the answers.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import type { NewUnit } from './surveys.ts';

export type SurveyStateRow = { id: number; slug: string; state: string; state_at: string | null; answers_disposal: string | null };

const stateStmt = prepared<[number], SurveyStateRow>('SELECT id, slug, state, state_at, answers_disposal FROM surveys WHERE id = ?');
export function findSurveyState(db: Db, surveyId: number): SurveyStateRow | undefined {
  return stateStmt(db).get(surveyId);
}

const setStateStmt = prepared<[string, string, number]>('UPDATE surveys SET state = ?, state_at = ? WHERE id = ?');
export function setSurveyState(db: Db, surveyId: number, state: string, at: string): void {
  setStateStmt(db).run(state, at, surveyId);
}

const disposalStmt = prepared<[string, number]>('UPDATE surveys SET answers_disposal = ? WHERE id = ?');
export function setAnswersDisposal(db: Db, surveyId: number, disposal: string): void {
  disposalStmt(db).run(disposal, surveyId);
}

const updateDefinitionStmt = prepared<[string, string, string, number]>(
  'UPDATE surveys SET slug = ?, title = ?, definition = ? WHERE id = ?',
);
export function updateSurveyDefinition(db: Db, surveyId: number, survey: { slug: string; title: string; definition: string }): void {
  updateDefinitionStmt(db).run(survey.slug, survey.title, survey.definition, surveyId);
}

const updateUnitStmt = prepared<[string, string, string, number, number]>(
  'UPDATE units SET code = ?, name = ?, kind = ?, quota = ? WHERE id = ?',
);
export function updateUnit(db: Db, unitId: number, unit: Omit<NewUnit, 'no'>): void {
  updateUnitStmt(db).run(unit.code, unit.name, unit.kind, unit.quota, unitId);
}

const deleteUnitStmt = prepared<[number]>('DELETE FROM units WHERE id = ?');
export function deleteUnit(db: Db, unitId: number): void {
  deleteUnitStmt(db).run(unitId);
}

/** Interviews stored per unit id (any status, practice included): a unit holding one cannot be removed. */
const interviewsByUnitStmt = prepared<[number], { unit_id: number; n: number }>(
  'SELECT unit_id, count(*) AS n FROM interviews WHERE survey_id = ? GROUP BY unit_id',
);
export function countInterviewsByUnit(db: Db, surveyId: number): Map<number, number> {
  return new Map(interviewsByUnitStmt(db).all(surveyId).map((row) => [row.unit_id, row.n]));
}

const receivedStmt = prepared<[number], number>(
  "SELECT count(*) FROM interviews WHERE survey_id = ? AND practice = 0 AND voided = 0 AND status <> 'rejected'",
);
export function countReceived(db: Db, surveyId: number): number {
  return receivedStmt(db).pluck().get(surveyId) ?? 0;
}

const nextVersionStmt = prepared<[number], number>(
  'SELECT coalesce(max(version), 0) + 1 FROM questionnaire_versions WHERE survey_id = ?',
);
export function nextVersionNumber(db: Db, surveyId: number): number {
  return nextVersionStmt(db).pluck().get(surveyId) ?? 1;
}

const publishStmt = prepared<[string, string, number, number]>(
  "UPDATE questionnaire_versions SET status = 'published', definition = ?, published_at = ? WHERE survey_id = ? AND version = ? AND status = 'draft'",
);
/** Writes the draft's final definition (its status now published) and publishes it, in one statement. */
export function publishVersion(db: Db, surveyId: number, version: number, definition: string, at: string): boolean {
  return publishStmt(db).run(definition, at, surveyId, version).changes === 1;
}

const managedStmt = prepared<[number], number>('SELECT survey_id FROM survey_managers WHERE account_id = ?');
/** The surveys an admin manages; empty for a full admin. */
export function listManagedSurveyIds(db: Db, accountId: number): number[] {
  return managedStmt(db).pluck().all(accountId);
}

const clearManagedStmt = prepared<[number]>('DELETE FROM survey_managers WHERE account_id = ?');
const addManagedStmt = prepared<[number, number]>('INSERT OR IGNORE INTO survey_managers (account_id, survey_id) VALUES (?, ?)');
export function setManagedSurveys(db: Db, accountId: number, surveyIds: readonly number[]): void {
  clearManagedStmt(db).run(accountId);
  for (const surveyId of surveyIds) addManagedStmt(db).run(accountId, surveyId);
}

const surveyManagersStmt = prepared<[number], number>('SELECT account_id FROM survey_managers WHERE survey_id = ?');
export function listSurveyManagerIds(db: Db, surveyId: number): number[] {
  return surveyManagersStmt(db).pluck().all(surveyId);
}

const removeSurveyManagerStmt = prepared<[number, number]>('DELETE FROM survey_managers WHERE survey_id = ? AND account_id = ?');
/** Sets who manages one survey, leaving each account's other surveys as they were. */
export function setSurveyManagers(db: Db, surveyId: number, accountIds: readonly number[]): void {
  for (const accountId of listSurveyManagerIds(db, surveyId)) if (!accountIds.includes(accountId)) removeSurveyManagerStmt(db).run(surveyId, accountId);
  for (const accountId of accountIds) addManagedStmt(db).run(accountId, surveyId);
}

/** Every stored record of the survey, current and earlier revisions, for anonymising in place. */
export function listSurveyRecords(db: Db, surveyId: number): { table: 'interviews' | 'interview_revisions'; key: string | number; record: string }[] {
  const current = db.prepare<[number], { id: string; record: string }>('SELECT id, record FROM interviews WHERE survey_id = ?').all(surveyId);
  const earlier = db.prepare<[number], { id: number; record: string }>(
    'SELECT r.id, r.record FROM interview_revisions r JOIN interviews i ON i.id = r.interview_id WHERE i.survey_id = ?',
  ).all(surveyId);
  return [
    ...current.map((row) => ({ table: 'interviews' as const, key: row.id, record: row.record })),
    ...earlier.map((row) => ({ table: 'interview_revisions' as const, key: row.id, record: row.record })),
  ];
}

export function rewriteRecord(db: Db, table: 'interviews' | 'interview_revisions', key: string | number, record: string, deviceId: string): void {
  if (table === 'interviews') db.prepare('UPDATE interviews SET record = ?, device_id = ? WHERE id = ?').run(record, deviceId, key);
  else db.prepare('UPDATE interview_revisions SET record = ? WHERE id = ?').run(record, key);
}

/** Deletes every answer of the survey the server holds: interviews, their revisions and quarantined payloads. */
export function deleteSurveyAnswers(db: Db, surveyId: number, slug: string): number {
  db.prepare('DELETE FROM interview_revisions WHERE interview_id IN (SELECT id FROM interviews WHERE survey_id = ?)').run(surveyId);
  db.prepare('DELETE FROM quarantine WHERE survey_slug = ?').run(slug);
  return db.prepare('DELETE FROM interviews WHERE survey_id = ?').run(surveyId).changes;
}

/** Quarantined payloads carry names and free texts too: anonymising drops them (they can no longer be fixed). */
export function deleteQuarantined(db: Db, slug: string): void {
  db.prepare('DELETE FROM quarantine WHERE survey_slug = ?').run(slug);
}
