// Builds the province and unit dashboards from the quota counters (migration 06) and the devices' last
// inventories. Call them inside the request's one transaction, so counters and "waiting" describe the same moment.
import type { ProvinceDashboard, UnitDashboard, UnitFigures } from '#shared/api/quota.ts';
import { groupBy, groupUnitRows } from '#shared/quota/group.ts';
import type { Db } from '../db/open.ts';
import { countWaitingByUnit } from '../repo/inventory.ts';
import { listDailyCountRows, listOneUnitCountRows, listUnitCountRowsByUnit, type UnitCountRow } from '../repo/quota-counts.ts';
import type { UnitRow } from '../repo/surveys.ts';
import { cellTargetsOf, surveyHead, type QuotaSurvey } from './survey.ts';

function unitFigures(quota: QuotaSurvey, unit: UnitRow, rows: readonly UnitCountRow[], waiting: number): UnitFigures {
  return {
    no: unit.no, name: unit.name, kind: unit.kind, target: unit.quota,
    ...groupUnitRows(rows),
    waiting,
    cellTargets: cellTargetsOf(quota, unit.no),
  };
}

export function provinceDashboard(db: Db, quota: QuotaSurvey, asOf: string): ProvinceDashboard {
  const rowsByUnit = listUnitCountRowsByUnit(db, quota.id);
  const waiting = new Map(countWaitingByUnit(db, quota.id).map((w) => [w.unitNo, w.waiting]));
  return {
    survey: surveyHead(quota),
    subQuota: quota.subQuota,
    units: quota.units.map((unit) => unitFigures(quota, unit, rowsByUnit.get(unit.id) ?? [], waiting.get(unit.no) ?? 0)),
    asOf,
  };
}

/** Days oldest first; '' (no known day) last. */
const byDay = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b));

export function unitDashboard(db: Db, quota: QuotaSurvey, unit: UnitRow, asOf: string): UnitDashboard {
  const daily = listDailyCountRows(db, quota.id, unit.id);
  const waiting = countWaitingByUnit(db, quota.id).find((w) => w.unitNo === unit.no)?.waiting ?? 0;
  const names = new Map(daily.map((row) => [String(row.accountId), row.accountName]));
  const rows = listOneUnitCountRows(db, quota.id, unit.id);
  return {
    survey: surveyHead(quota),
    subQuota: quota.subQuota,
    unit: unitFigures(quota, unit, rows, waiting),
    byDay: [...groupBy(daily, (row) => row.day)].sort(([a], [b]) => byDay(a, b)).map(([day, counts]) => ({ day, counts })),
    // Names only: an enumerator's account id or username is none of a share link's business.
    byEnumerator: [...groupBy(daily, (row) => String(row.accountId))]
      .map(([id, counts]) => ({ name: names.get(id) ?? '', counts }))
      .sort((a, b) => b.counts.received - a.counts.received || a.name.localeCompare(b.name, 'vi')),
    returned: rows.filter((row) => row.status === 'needs_correction' && !row.practice && !row.voided).reduce((sum, row) => sum + row.n, 0),
    asOf,
  };
}
