// Sorting and filtering the province table: pure, so the screen and its tests agree on the order.
import type { UnitFigures } from '../api/quota.ts';
import { progress } from './progress.ts';

export const SORT_KEYS = ['no', 'name', 'kind', 'target', 'received', 'approved', 'flagged', 'waiting', 'ratio'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = { key: SortKey; descending: boolean };

function value(unit: UnitFigures, key: SortKey): number | string {
  switch (key) {
    case 'no': return unit.no;
    case 'name': return unit.name;
    case 'kind': return unit.kind;
    case 'target': return unit.target;
    case 'received': return unit.counts.received;
    case 'approved': return unit.counts.approved;
    case 'flagged': return unit.counts.flagged;
    case 'waiting': return unit.waiting;
    case 'ratio': return progress(unit.target, unit.counts).ratio;
  }
}

const collator = new Intl.Collator('vi', { numeric: true });

/** A stable order: ties keep the unit-number order, whichever way the column is sorted. */
export function sortUnits(units: readonly UnitFigures[], order: SortOrder): UnitFigures[] {
  const byNo = [...units].sort((a, b) => collator.compare(a.no, b.no));
  const sign = order.descending ? -1 : 1;
  return byNo
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => {
      const x = value(a.unit, order.key);
      const y = value(b.unit, order.key);
      const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return cmp !== 0 ? sign * cmp : a.index - b.index;
    })
    .map(({ unit }) => unit);
}

/** `kind` null keeps every unit. */
export function filterByKind(units: readonly UnitFigures[], kind: string | null): UnitFigures[] {
  return kind === null ? [...units] : units.filter((unit) => unit.kind === kind);
}

/** The kinds present, in the order of first appearance, for the filter's choices. */
export function kindsOf(units: readonly UnitFigures[]): string[] {
  return [...new Set(units.map((unit) => unit.kind))];
}
