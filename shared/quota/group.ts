// Folds the counter groups of one unit into the figures a dashboard receives: all counted interviews, per
// mode and per sub-quota cell. What counts is decided by addCountRow (countsTowardQuota), nowhere else.
import { addCountRow, NO_COUNTS, type CountRow } from './progress.ts';
import type { Counts } from './counts.ts';

export type UnitGroups = { counts: Counts; byMode: Record<string, Counts>; cells: Record<string, Counts> };

export function groupUnitRows(rows: Iterable<CountRow & { mode: string; cell: string }>): UnitGroups {
  let counts = NO_COUNTS;
  const byMode: Record<string, Counts> = {};
  const cells: Record<string, Counts> = {};
  for (const row of rows) {
    counts = addCountRow(counts, row);
    byMode[row.mode] = addCountRow(byMode[row.mode] ?? NO_COUNTS, row);
    // '' is "no code answered" (or no sub-quota): it belongs to no cell.
    if (row.cell !== '') cells[row.cell] = addCountRow(cells[row.cell] ?? NO_COUNTS, row);
  }
  return { counts, byMode: dropEmpty(byMode), cells: dropEmpty(cells) };
}

/** Groups by any key (a day, an enumerator), keeping only those with something counted. */
export function groupBy<R extends CountRow>(rows: Iterable<R>, keyOf: (row: R) => string): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, addCountRow(groups.get(key) ?? NO_COUNTS, row));
  }
  for (const [key, counts] of groups) if (counts.received === 0) groups.delete(key);
  return groups;
}

function dropEmpty(groups: Record<string, Counts>): Record<string, Counts> {
  return Object.fromEntries(Object.entries(groups).filter(([, counts]) => counts.received > 0));
}
