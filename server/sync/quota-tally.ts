// How many interviews of each unit count toward its quota while one batch is stored: read once per unit from
// the quota counters (exact: kept by triggers in this same transaction, decision 0008), then moved by the
// batch's own writes, so the over-quota flag costs no count per interview however full the unit is.
import { countsTowardQuota } from '#shared/quota/progress.ts';
import type { Db } from '../db/open.ts';
import { listOneUnitCountRows } from '../repo/quota-counts.ts';

export type QuotaTally = {
  /** Counted interviews of the unit now, this batch's writes included. */
  counted: (surveyId: number, unitId: number) => number;
  /** Records a write of this batch: +1 when a counted interview joined the unit, −1 when one left it. */
  move: (unitId: number, delta: 1 | -1) => void;
};

/** One tally per batch transaction: it is exact only while every write to `interviews` goes through `move`. */
export function quotaTally(db: Db): QuotaTally {
  const byUnit = new Map<number, number>();
  return {
    counted(surveyId, unitId) {
      let n = byUnit.get(unitId);
      if (n === undefined) {
        n = 0;
        for (const row of listOneUnitCountRows(db, surveyId, unitId)) if (countsTowardQuota(row)) n += row.n;
        byUnit.set(unitId, n);
      }
      return n;
    },
    // A unit not read yet needs no move: its first read sees the counters, which already hold the write.
    move(unitId, delta) {
      const n = byUnit.get(unitId);
      if (n !== undefined) byUnit.set(unitId, n + delta);
    },
  };
}
