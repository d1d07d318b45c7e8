// SQL for surveys, their units and their questionnaire versions. Definitions are stored as validated JSON;
// parsing them back into shared types is the caller's job (services/surveys.ts).
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type SurveyRow = { id: number; slug: string; title: string; definition: string; created_at: string; state: string };
export type UnitRow = { id: number; survey_id: number; no: string; code: string; name: string; kind: string; quota: number };
export type VersionRow = { survey_id: number; version: number; status: string; definition: string; published_at: string | null };
export type NewUnit = { no: string; code: string; name: string; kind: string; quota: number };

const insertSurveyStmt = prepared<[string, string, string, string]>(
  'INSERT INTO surveys (slug, title, definition, created_at) VALUES (?, ?, ?, ?)',
);
export function insertSurvey(db: Db, survey: { slug: string; title: string; definition: string; createdAt: string }): number {
  return Number(insertSurveyStmt(db).run(survey.slug, survey.title, survey.definition, survey.createdAt).lastInsertRowid);
}

const insertUnitStmt = prepared<[number, string, string, string, string, number]>(
  'INSERT INTO units (survey_id, no, code, name, kind, quota) VALUES (?, ?, ?, ?, ?, ?)',
);
export function insertUnit(db: Db, surveyId: number, unit: NewUnit): number {
  return Number(insertUnitStmt(db).run(surveyId, unit.no, unit.code, unit.name, unit.kind, unit.quota).lastInsertRowid);
}

const insertVersionStmt = prepared<[number, number, string, string, string | null]>(
  'INSERT INTO questionnaire_versions (survey_id, version, status, definition, published_at) VALUES (?, ?, ?, ?, ?)',
);
export function insertQuestionnaireVersion(
  db: Db, surveyId: number, version: { version: number; status: string; definition: string; publishedAt: string | null },
): void {
  insertVersionStmt(db).run(surveyId, version.version, version.status, version.definition, version.publishedAt);
}

const bySlugStmt = prepared<[string], SurveyRow>('SELECT * FROM surveys WHERE slug = ?');
export function findSurveyBySlug(db: Db, slug: string): SurveyRow | undefined {
  return bySlugStmt(db).get(slug);
}

const listStmt = prepared<[], SurveyRow>('SELECT * FROM surveys ORDER BY created_at DESC, id DESC');
export function listSurveys(db: Db): SurveyRow[] {
  return listStmt(db).all();
}

const countStmt = prepared<[], number>('SELECT count(*) FROM surveys');
export function countSurveys(db: Db): number {
  return countStmt(db).pluck().get() ?? 0;
}

const unitsStmt = prepared<[number], UnitRow>('SELECT * FROM units WHERE survey_id = ? ORDER BY no');
export function listUnits(db: Db, surveyId: number): UnitRow[] {
  return unitsStmt(db).all(surveyId);
}

const unitByNoStmt = prepared<[number, string], UnitRow>('SELECT * FROM units WHERE survey_id = ? AND no = ?');
export function findUnitByNo(db: Db, surveyId: number, no: string): UnitRow | undefined {
  return unitByNoStmt(db).get(surveyId, no);
}

const versionsStmt = prepared<[number], VersionRow>(
  'SELECT * FROM questionnaire_versions WHERE survey_id = ? ORDER BY version',
);
export function listQuestionnaireVersions(db: Db, surveyId: number): VersionRow[] {
  return versionsStmt(db).all(surveyId);
}
