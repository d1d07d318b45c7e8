// A cross-tab of two sides over the interviews that have a valid answer on both: counts, row, column and
// total percentages, and Pearson's chi-square. A multiple choice as rows counts responses in the cells and
// cases in the totals (SPSS's multiple-response cross-tab, percentages of cases); it has no chi-square.
import type { TableCase, Words } from './cases.ts';
import { percent } from './cases.ts';
import { chiSquare } from './chi-square.ts';
import { resolveDimension, type Dimension, type DimensionProblem } from './dimensions.ts';
import type { TablePlan } from './plan.ts';
import type { Category, Crosstab } from './schema.ts';

/** Categories of a side: its declared ones, then any key met in the data, in the order met. */
function indexer(categories: readonly Category[]) {
  const all = [...categories];
  const index = new Map(all.map((c, i) => [c.key, i]));
  return {
    all,
    of: (key: string) => {
      let i = index.get(key);
      if (i === undefined) { i = all.length; all.push({ key, label: key }); index.set(key, i); }
      return i;
    },
  };
}

export function crosstab(rowSide: Dimension, columnSide: Dimension, cases: Iterable<TableCase>): Crosstab {
  const rows = indexer(rowSide.categories);
  const columns = indexer(columnSide.categories);
  const cells = new Map<number, number[]>();
  const rowCases: number[] = [];
  const columnCases: number[] = [];
  let total = 0;
  let missingCases = 0;
  for (const c of cases) {
    const rowKeys = rowSide.keysOf(c);
    const columnKeys = columnSide.keysOf(c);
    const weight = c.weight ?? 1;
    if (!rowKeys || !columnKeys) { missingCases += weight; continue; }
    total += weight;
    const j = columns.of(columnKeys[0]!);
    columnCases[j] = (columnCases[j] ?? 0) + weight;
    for (const key of rowKeys) {
      const i = rows.of(key);
      rowCases[i] = (rowCases[i] ?? 0) + weight;
      const line = cells.get(i) ?? [];
      line[j] = (line[j] ?? 0) + weight;
      cells.set(i, line);
    }
  }
  const counts = rows.all.map((_, i) => columns.all.map((__, j) => cells.get(i)?.[j] ?? 0));
  const rowTotals = rows.all.map((_, i) => rowCases[i] ?? 0);
  const columnTotals = columns.all.map((_, j) => columnCases[j] ?? 0);
  const stats = rowSide.multiple || columnSide.multiple ? null : chiSquare(counts);
  return {
    kind: 'crosstab',
    row: { variable: rowSide.variable, title: rowSide.title },
    column: { variable: columnSide.variable, title: columnSide.title },
    rows: rows.all, columns: columns.all, counts, rowTotals, columnTotals, total,
    rowPercents: counts.map((line, i) => line.map((n) => percent(n, rowTotals[i]!))),
    columnPercents: counts.map((line) => line.map((n, j) => percent(n, columnTotals[j]!))),
    totalPercents: counts.map((line) => line.map((n) => percent(n, total))),
    missingCases,
    chiSquare: stats?.chiSquare ?? null,
    lowExpected: stats?.lowExpected ?? null,
  };
}

export type CrosstabProblem =
  | DimensionProblem
  | { code: 'results.sameVariable'; params: { variable: string } }
  | { code: 'results.noInterviews'; params: Record<string, never> };

/** A cross-tab asked for by name (`row` by `by`): a question by itself, an open text, a number without bands or
 * no interview with both answers is refused as a coded problem, never an empty or misleading table. */
export function crosstabOf(
  plan: TablePlan, row: string, by: string, cases: Iterable<TableCase>, words: Words,
): { ok: true; crosstab: Crosstab } | { ok: false; problem: CrosstabProblem } {
  if (row === by) return { ok: false, problem: { code: 'results.sameVariable', params: { variable: row } } };
  const rowSide = resolveDimension(plan, row, words, true);
  if (!rowSide.ok) return rowSide;
  const columnSide = resolveDimension(plan, by, words, false);
  if (!columnSide.ok) return columnSide;
  const table = crosstab(rowSide.dimension, columnSide.dimension, cases);
  if (table.total === 0) return { ok: false, problem: { code: 'results.noInterviews', params: {} } };
  return { ok: true, crosstab: table };
}
