// Reading PSPP's CSV tables for the results' proof: FREQUENCIES tables by label, CROSSTABS cells by row and
// column label, and its percentages ("47.7%", ".9%") as numbers.
import type { PsppRun, PsppTable } from '../export/support.ts';

/** "47.7%" → 47.7, ".725" → 0.725, "" → null. */
export function psppNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  return Number(text.replace('%', ''));
}

export type PsppFrequencies = { valid: Map<string, number[]>; missing: Map<string, number>; total: number };

/** Label → [count, percent, valid percent, cumulative percent] of the valid rows; label → count of the missing ones. */
export function psppFrequencies(table: PsppTable): PsppFrequencies {
  const valid = new Map<string, number[]>();
  const missing = new Map<string, number>();
  let section = '';
  let total = 0;
  for (const row of table.rows.slice(1)) {
    section = row[0] || section;
    if (section === 'Total') total = Number(row[2]);
    else if (section === 'Valid') valid.set(row[1]!, row.slice(2, 6).map((x) => psppNumber(x) ?? 0));
    else if (section === 'Missing') missing.set(row[1]!, Number(row[2]));
  }
  return { valid, missing, total };
}

export type PsppCrosstab = { columns: string[]; cells: Map<string, Map<string, Record<string, number>>> };

/** Row label → column label → { Count, 'Row %', 'Column %', 'Total %', Expected }, the Total row and column left out. */
export function psppCrosstab(run: PsppRun, title: string): PsppCrosstab {
  const table = run.tables.find((t) => t.title === title);
  if (!table) throw new Error(`no PSPP table "${title}" among: ${run.tables.map((t) => t.title).join(' | ')}`);
  const columns = table.rows[1]!.slice(3, -1);
  const cells = new Map<string, Map<string, Record<string, number>>>();
  let label = '';
  for (const row of table.rows.slice(2)) {
    if (row[0] === 'Total') break;
    label = row[1] || label;
    const line = cells.get(label) ?? new Map<string, Record<string, number>>();
    cells.set(label, line);
    columns.forEach((column, j) => {
      const cell = line.get(column) ?? {};
      cell[row[2]!] = psppNumber(row[3 + j]) ?? 0;
      line.set(column, cell);
    });
  }
  return { columns, cells };
}

/** The Pearson line of the Chi-Square Tests table that follows the cross-tab titled `title`. */
export function psppPearson(run: PsppRun, title: string): { value: number; df: number; p: number } {
  const index = run.tables.findIndex((t) => t.title === title);
  const tests = run.tables.slice(index + 1).find((t) => t.title === 'Chi-Square Tests')!;
  const row = tests.rows.find((r) => r[0] === 'Pearson Chi-Square')!;
  return { value: psppNumber(row[1])!, df: Number(row[2]), p: psppNumber(row[3])! };
}
