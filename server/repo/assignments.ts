// SQL for assignments: which units of which surveys an account works on.
import type { Assignment } from '#shared/accounts/schema.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import type { UnitRow } from './surveys.ts';

const insertStmt = prepared<[number, number]>(
  'INSERT OR IGNORE INTO assignments (account_id, unit_id) VALUES (?, ?)',
);
export function assignUnit(db: Db, accountId: number, unitId: number): void {
  insertStmt(db).run(accountId, unitId);
}

const listStmt = prepared<[number], Assignment>(
  `SELECT a.account_id AS accountId, s.slug AS surveySlug, u.no AS unitNo
   FROM assignments a JOIN units u ON u.id = a.unit_id JOIN surveys s ON s.id = u.survey_id
   WHERE a.account_id = ? ORDER BY s.slug, u.no`,
);
export function listAssignmentsOfAccount(db: Db, accountId: number): Assignment[] {
  return listStmt(db).all(accountId);
}

const unitsStmt = prepared<[number, number], UnitRow>(
  `SELECT u.* FROM assignments a JOIN units u ON u.id = a.unit_id
   WHERE a.account_id = ? AND u.survey_id = ? ORDER BY u.no`,
);
export function listAssignedUnits(db: Db, accountId: number, surveyId: number): UnitRow[] {
  return unitsStmt(db).all(accountId, surveyId);
}

const surveyIdsStmt = prepared<[number], number>(
  `SELECT DISTINCT u.survey_id FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.account_id = ?`,
);
export function listAssignedSurveyIds(db: Db, accountId: number): number[] {
  return surveyIdsStmt(db).pluck().all(accountId);
}

const dropInSurveyStmt = prepared<[number, number]>(
  'DELETE FROM assignments WHERE account_id = ? AND unit_id IN (SELECT id FROM units WHERE survey_id = ?)',
);
/** The account's units in one survey become exactly these (call inside a transaction). */
export function replaceAssignmentsInSurvey(db: Db, accountId: number, surveyId: number, unitIds: readonly number[]): void {
  dropInSurveyStmt(db).run(accountId, surveyId);
  for (const unitId of unitIds) insertStmt(db).run(accountId, unitId);
}

const dropAllStmt = prepared<[number]>('DELETE FROM assignments WHERE account_id = ?');
export function deleteAssignmentsOfAccount(db: Db, accountId: number): void {
  dropAllStmt(db).run(accountId);
}
