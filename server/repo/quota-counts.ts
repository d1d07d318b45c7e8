// SQL over the quota counters (migration 06): exact, trigger-maintained groups of stored interviews. The rows
// come back raw, with the facts the shared rule reads; shared/quota/progress.ts decides what counts.
import type { CountRow } from '#shared/quota/progress.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

// The province dashboard reads every row of a survey on each refresh: rows come back as arrays (raw mode) and
// are built into plain objects field by field, without spreads, to keep a refresh well under 50 ms.
type RawUnitRow = [unitId: number, mode: string, cell: string, status: string, practice: 0 | 1, voided: 0 | 1, flagged: 0 | 1, n: number];

export type UnitCountRow = CountRow & { unitId: number; mode: string; cell: string };

const toUnitRow = (r: RawUnitRow): UnitCountRow => ({
  unitId: r[0], mode: r[1], cell: r[2], status: r[3], practice: r[4] === 1, voided: r[5] === 1, flagged: r[6] === 1, n: r[7],
});

const COLUMNS = 'unit_id, mode, cell, status, practice, voided, flagged, n';
const unitRowsStmt = prepared<[number], RawUnitRow>(`SELECT ${COLUMNS} FROM quota_unit_counts WHERE survey_id = ?`);
export function listUnitCountRows(db: Db, surveyId: number): UnitCountRow[] {
  return unitRowsStmt(db).raw(true).all(surveyId).map(toUnitRow);
}

/** The survey's counter rows by unit id (a unit with nothing stored has no entry). */
export function listUnitCountRowsByUnit(db: Db, surveyId: number): Map<number, UnitCountRow[]> {
  const rowsByUnit = new Map<number, UnitCountRow[]>();
  for (const row of listUnitCountRows(db, surveyId)) {
    const rows = rowsByUnit.get(row.unitId);
    if (rows) rows.push(row);
    else rowsByUnit.set(row.unitId, [row]);
  }
  return rowsByUnit;
}

const oneUnitRowsStmt = prepared<[number, number], RawUnitRow>(
  `SELECT ${COLUMNS} FROM quota_unit_counts WHERE survey_id = ? AND unit_id = ?`,
);
export function listOneUnitCountRows(db: Db, surveyId: number, unitId: number): UnitCountRow[] {
  return oneUnitRowsStmt(db).raw(true).all(surveyId, unitId).map(toUnitRow);
}

export type DailyCountRow = CountRow & { day: string; accountId: number; accountName: string };

type RawDailyRow = [day: string, accountId: number, accountName: string, status: string, practice: 0 | 1, voided: 0 | 1, flagged: 0 | 1, n: number];
const dailyRowsStmt = prepared<[number, number], RawDailyRow>(
  `SELECT c.day, c.account_id, a.display_name, c.status, c.practice, c.voided, c.flagged, c.n
   FROM quota_daily_counts c JOIN accounts a ON a.id = c.account_id
   WHERE c.survey_id = ? AND c.unit_id = ?`,
);
export function listDailyCountRows(db: Db, surveyId: number, unitId: number): DailyCountRow[] {
  return dailyRowsStmt(db).raw(true).all(surveyId, unitId).map((r) => ({
    day: r[0], accountId: r[1], accountName: r[2], status: r[3], practice: r[4] === 1, voided: r[5] === 1, flagged: r[6] === 1, n: r[7],
  }));
}

const cellVariableStmt = prepared<[number], string>('SELECT variable FROM quota_cell_variables WHERE survey_id = ?');
/** The survey's sub-quota question as the triggers keep it from its definition; null when it has none. */
export function findQuotaCellVariable(db: Db, surveyId: number): string | null {
  return cellVariableStmt(db).pluck().get(surveyId) ?? null;
}
