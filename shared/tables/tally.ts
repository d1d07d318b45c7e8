// Tables from the compact store without an object per interview (decision 0017): each question's packed cells are
// tallied (alike interviews counted once), then the engine reads each distinct answer once with its count as weight.
// The numbers are the engine's own, so they equal a tabulation of the interviews one by one.
import type { TableCase, Words } from './cases.ts';
import { crosstabOf, type CrosstabProblem } from './crosstab.ts';
import { unpacker, type PackLayout } from './packing.ts';
import type { TablePlan } from './plan.ts';
import type { Crosstab, ResultTable } from './schema.ts';
import { gridAccumulator } from './grid.ts';
import { codeKey, tabulate } from './tabulate.ts';

/** The slots of each question of the plan, in order (packLayout gives a grid one slot per row, others one). */
function questionSlots(plan: TablePlan, layout: PackLayout): number[][] {
  const index = new Map(layout.slots.map((s, i) => [s.variable, i]));
  return plan.questions.map((q) => (q.kind === 'grid' ? q.rows.map((r) => index.get(r.key)!) : [index.get(q.variable)!]));
}

function fill(cells: Float64Array, slots: readonly number[], key: number | string): void {
  if (typeof key === 'number') cells[slots[0]!] = key;
  else key.split(',').forEach((part, i) => { cells[slots[i]!] = Number(part); });
}

/**
 * `rows` yields the packed cells of each interview (the same array may be refilled between calls). Each slot is
 * tallied apart — a grid's rows too, as its table counts each row on its own — so the loop allocates nothing.
 */
export function tabulatePacked(plan: TablePlan, layout: PackLayout, rows: Iterable<Float64Array>, words: Words): { total: number; tables: ResultTable[] } {
  const tallies = layout.slots.map(() => new Map<number, number>());
  const slotCount = tallies.length;
  let total = 0;
  for (const cells of rows) {
    total += 1;
    for (let s = 0; s < slotCount; s++) {
      const tally = tallies[s]!;
      const cell = cells[s]!;
      tally.set(cell, (tally.get(cell) ?? 0) + 1);
    }
  }
  const unpack = unpacker(layout);
  const scratch = new Float64Array(layout.slots.length).fill(NaN);
  const groups = questionSlots(plan, layout);
  const tables = plan.questions.map((q, i) => {
    const slots = groups[i]!;
    if (q.kind === 'grid') {
      const acc = gridAccumulator({ variable: q.variable, title: q.title }, q.rows, q.scale);
      slots.forEach((slot, row) => {
        for (const [cell, weight] of tallies[slot]!) {
          scratch[slot] = cell;
          acc.addRow(row, codeKey(unpack(scratch)[q.rows[row]!.key]), weight);
        }
      });
      return acc.finish(words);
    }
    const cases: TableCase[] = [...tallies[slots[0]!]!].map(([cell, weight]) => {
      scratch[slots[0]!] = cell;
      return { unitNo: '', mode: '', entry: '', answers: { ...unpack(scratch) }, weight };
    });
    return tabulate({ questions: [q], units: plan.units }, cases, words).tables[0]!;
  });
  return { total, tables };
}

export type PackedCase = { unitNo: string; mode: string; entry: string; cells: Float64Array };

/** A cross-tab over packed interviews: tallied by unit, mode, entry and the two sides' cells, then counted by weight. */
export function crosstabPacked(
  plan: TablePlan, layout: PackLayout, row: string, by: string, rows: Iterable<PackedCase>, words: Words,
): { ok: true; crosstab: Crosstab } | { ok: false; problem: CrosstabProblem } {
  // A refused cross-tab is refused before the scan.
  const refused = crosstabOf(plan, row, by, [], words);
  if (!refused.ok && refused.problem.code !== 'results.noInterviews') return refused;
  const slots = layout.slots.flatMap((s, i) => (s.variable === row || s.variable === by ? [i] : []));
  const tally = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.unitNo}\u0001${r.mode}\u0001${r.entry}\u0001${slots.map((s) => r.cells[s]).join(',')}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const unpack = unpacker(layout);
  const scratch = new Float64Array(layout.slots.length).fill(NaN);
  const cases: TableCase[] = [...tally].map(([key, weight]) => {
    const [unitNo, mode, entry, cells] = key.split('\u0001') as [string, string, string, string];
    if (slots.length) fill(scratch, slots, slots.length === 1 ? Number(cells) : cells);
    return { unitNo, mode, entry, answers: { ...unpack(scratch) }, weight };
  });
  return crosstabOf(plan, row, by, cases, words);
}
