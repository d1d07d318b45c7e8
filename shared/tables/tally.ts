// Tables from the compact store without an object per interview (decision 0017): each question's packed cells are
// tallied (alike interviews counted once), then the engine reads each distinct answer once with its count as weight.
// The numbers are the engine's own, so they equal a tabulation of the interviews one by one.
import type { TableCase, Words } from './cases.ts';
import { crosstabOf, type CrosstabProblem } from './crosstab.ts';
import { metaSlots, packWidth, unpacker, unpackMeta, type PackLayout } from './packing.ts';
import type { Scan } from './scan.ts';
import type { TablePlan } from './plan.ts';
import type { Crosstab, ResultTable } from './schema.ts';
import { gridAccumulator } from './grid.ts';
import { codeKey, tabulate } from './tabulate.ts';

/** The slots of each question of the plan, in order (packLayout gives a grid one slot per row, others one). */
function questionSlots(plan: TablePlan, layout: PackLayout): number[][] {
  const index = new Map(layout.slots.map((s, i) => [s.variable, i]));
  return plan.questions.map((q) => (q.kind === 'grid' ? q.rows.map((r) => index.get(r.key)!) : [index.get(q.variable)!]));
}

/**
 * `scan` visits the packed cells of each interview the filters keep. Each slot is
 * tallied apart — a grid's rows too, as its table counts each row on its own — so the loop allocates nothing.
 */
export function tabulatePacked(plan: TablePlan, layout: PackLayout, scan: Scan, words: Words): { total: number; tables: ResultTable[] } {
  const tallies = layout.slots.map(() => new Map<number, number>());
  const slotCount = tallies.length;
  let total = 0;
  scan((data, at) => {
    total += 1;
    for (let s = 0; s < slotCount; s++) {
      const tally = tallies[s]!;
      const cell = data[at + s]!;
      tally.set(cell, (tally.get(cell) ?? 0) + 1);
    }
  });
  const unpack = unpacker(layout);
  const scratch = new Float64Array(packWidth(layout)).fill(NaN);
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

/** What a side of a cross-tab reads of packed cells: an answer slot, or the interview's unit, mode or entry. */
function sideSlot(layout: PackLayout, name: string): number | null {
  const at = metaSlots(layout);
  if (name === 'unit' || name === 'unitKind') return at.unit;
  if (name === 'mode') return at.mode;
  if (name === 'entry') return at.entry;
  const i = layout.slots.findIndex((s) => s.variable === name);
  return i < 0 ? null : i;
}

/**
 * A cross-tab over packed interviews (cells with their unit, mode and entry, as `pack` writes them with meta):
 * the pairs of the two sides' values tallied (two numbers, no allocation per interview), then counted by weight.
 */
export function crosstabPacked(
  plan: TablePlan, layout: PackLayout, row: string, by: string, scan: Scan, words: Words,
): { ok: true; crosstab: Crosstab } | { ok: false; problem: CrosstabProblem } {
  // A refused cross-tab is refused before the scan.
  const refused = crosstabOf(plan, row, by, [], words);
  if (!refused.ok && refused.problem.code !== 'results.noInterviews') return refused;
  const a = sideSlot(layout, row);
  const b = sideSlot(layout, by);
  if (a === null || b === null) return refused;
  const tally = new Map<number, Map<number, number>>();
  scan((data, at) => {
    const x = data[at + a]!;
    let line = tally.get(x);
    if (!line) { line = new Map(); tally.set(x, line); }
    const y = data[at + b]!;
    line.set(y, (line.get(y) ?? 0) + 1);
  });
  const unpack = unpacker(layout);
  const scratch = new Float64Array(packWidth(layout)).fill(NaN);
  const cases: TableCase[] = [];
  for (const [x, line] of tally) {
    for (const [y, weight] of line) {
      scratch[a] = x;
      scratch[b] = y;
      cases.push({ ...unpackMeta(layout, scratch), answers: { ...unpack(scratch) }, weight });
    }
  }
  return crosstabOf(plan, row, by, cases, words);
}
