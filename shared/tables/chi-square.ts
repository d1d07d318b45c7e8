// Pearson's chi-square of a table of counts, as SPSS's CROSSTABS computes it: over the rows and columns that
// hold at least one case, df = (r − 1)(c − 1), p from the chi-squared distribution (stdlib, a maintained
// statistics library), and SPSS's footnote on cells whose expected count is below 5.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

export type ChiSquare = { statistic: number; df: number; p: number };
export type LowExpected = { cells: number; percent: number; minimum: number; warning: boolean };

/** null when fewer than two non-empty rows or columns (SPSS prints no statistic then). */
export function chiSquare(counts: readonly (readonly number[])[]): { chiSquare: ChiSquare; lowExpected: LowExpected } | null {
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = (counts[0] ?? []).map((_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));
  const rows = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const columns = columnTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  if (rows.length < 2 || columns.length < 2) return null;
  const total = rowTotals.reduce((a, b) => a + b, 0);
  let statistic = 0;
  let low = 0;
  let minimum = Infinity;
  for (const r of rows) {
    for (const c of columns) {
      const expected = (rowTotals[r]! * columnTotals[c]!) / total;
      statistic += (counts[r]![c]! - expected) ** 2 / expected;
      if (expected < 5) low += 1;
      minimum = Math.min(minimum, expected);
    }
  }
  const df = (rows.length - 1) * (columns.length - 1);
  const cells = rows.length * columns.length;
  const percent = (100 * low) / cells;
  return {
    chiSquare: { statistic, df, p: Math.max(0, 1 - chisquareCdf(statistic, df)) },
    lowExpected: { cells: low, percent, minimum, warning: percent > 20 },
  };
}
