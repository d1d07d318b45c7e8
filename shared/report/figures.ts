// Which chart a table gets, and with which values: a single choice, a multiple choice (% of cases) or a banded
// number as one bar per answer; a grid, or a cross-tab's groups, as stacked bars on the shared scale.
import type { Crosstab, ResultTable } from '../tables/schema.ts';
import type { Bar, StackedBar } from './bar-chart.ts';
import { pct } from './sentences.ts';

export type Figure = { kind: 'bars'; bars: Bar[] } | { kind: 'stacked'; rows: StackedBar[]; legend: string[] };

const bar = (label: string, value: number): Bar => ({ label, value, text: pct(value) });

/** null: no chart (open text, a number without bands, or nothing answered). */
export function figureOf(table: ResultTable): Figure | null {
  switch (table.kind) {
    case 'frequency':
      return table.valid === 0 ? null : { kind: 'bars', bars: table.rows.map((r) => bar(r.label, r.validPercent)) };
    case 'multiple':
      return table.cases === 0 ? null : { kind: 'bars', bars: table.rows.map((r) => bar(r.label, r.percentOfCases)) };
    case 'grid': {
      if (table.rows.every((r) => r.valid === 0)) return null;
      const rows = table.rows.map((r) => ({ label: r.label, segments: r.validPercents.map((v) => ({ value: v, text: pct(v) })) }));
      return { kind: 'stacked', rows, legend: table.scale.map((s) => s.label) };
    }
    case 'number':
      return table.bands && table.bands.valid > 0 ? figureOf(table.bands) : null;
    case 'open':
      return null;
  }
}

/** Each group (column) of the cross-tab as one bar, split by the row's answers (% within the group). A multiple
 * choice's rows add up to more than 100 % of a group (one person, several answers): no stacked bar can show that. */
export function crosstabFigure(x: Crosstab): Figure | null {
  if (x.total === 0) return null;
  const overfull = x.columns.some((_, c) => x.rows.reduce((sum, _r, r) => sum + (x.columnPercents[r]?.[c] ?? 0), 0) > 100.05);
  if (overfull) return null;
  const rows = x.columns.map((column, c) => ({
    label: column.label, segments: x.rows.map((_, r) => { const v = x.columnPercents[r]?.[c] ?? 0; return { value: v, text: pct(v) }; }),
  }));
  return { kind: 'stacked', rows, legend: x.rows.map((r) => r.label) };
}
