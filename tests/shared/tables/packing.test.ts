// The compact store's packing (decision 0017): every table of the hand-counted data set is the same whether the
// engine reads the answers themselves or their packed copy, missing codes, "no value" and empty selections included.
import { describe, expect, it } from 'vitest';
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { crosstabOf } from '#shared/tables/crosstab.ts';
import { pack, packLayout, unpacker } from '#shared/tables/packing.ts';
import { buildTablePlan } from '#shared/tables/plan.ts';
import { tabulate } from '#shared/tables/tabulate.ts';
import { crosstabPacked, tabulatePacked } from '#shared/tables/tally.ts';
import { scanCells } from '#shared/tables/scan.ts';
import type { TableCase } from '#shared/tables/cases.ts';
import { fixtureCases, fixtureUnits, fixtureVersion } from './fixture.ts';

const words = (code: string) => translate(vi, code);
const built = buildTablePlan([fixtureVersion], fixtureUnits, { q2: '18-30,31-45,46-60,61+' });
if (!built.ok) throw new Error('fixture plan');
const plan = built.plan;
const layout = packLayout(plan);

function* unpacked(): Iterable<TableCase> {
  const unpack = unpacker(layout);
  for (const c of fixtureCases) yield { ...c, answers: unpack(pack(layout, c.answers)) };
}

describe('packing an interview for the tables', () => {
  it('gives the same tables and cross-tabs as the answers themselves', () => {
    expect(tabulate(plan, unpacked(), words)).toEqual(tabulate(plan, fixtureCases, words));
    for (const [row, by] of [['q1', 'unit'], ['q3', 'mode'], ['q2', 'q1'], ['q4_2', 'q6']] as const) {
      expect(crosstabOf(plan, row, by, unpacked(), words), `${row} × ${by}`).toEqual(crosstabOf(plan, row, by, fixtureCases, words));
    }
  });

  it('tallied (alike interviews counted once, by weight) gives the same tables and cross-tabs', () => {
    const packed = fixtureCases.map((c) => pack(layout, c.answers, c));
    expect(tabulatePacked(plan, layout, scanCells(packed), words)).toEqual(tabulate(plan, fixtureCases, words));
    for (const [row, by] of [['q1', 'unit'], ['q1', 'unitKind'], ['q3', 'mode'], ['q2', 'q1'], ['q4_2', 'q6'], ['q1', 'q1'], ['q6', 'entry'], ['q5', 'q1'], ['q1', 'q2']] as const) {
      expect(crosstabPacked(plan, layout, row, by, scanCells(packed), words), `${row} × ${by}`).toEqual(crosstabOf(plan, row, by, fixtureCases, words));
    }
  });

  it('keeps a slot per answer variable, and a different plan gets a different signature', () => {
    expect(layout.slots.map((s) => `${s.variable}:${s.kind}`)).toEqual(['q1:value', 'q2:value', 'q3:options', 'q4_1:value', 'q4_2:value', 'q5:answered', 'q6:unit']);
    const fewer = buildTablePlan([fixtureVersion], fixtureUnits.slice(0, 1));
    expect(fewer.ok && packLayout(fewer.plan).signature).not.toBe(layout.signature);
    // Bands are read at tabulation time, not packed: they never make the store stale.
    const unbanded = buildTablePlan([fixtureVersion], fixtureUnits);
    expect(unbanded.ok && packLayout(unbanded.plan).signature).toBe(layout.signature);
  });

  it('holds decimals exactly and tells -1, -2, -3 and no value apart', () => {
    const cells = pack(layout, { q2: 12.345, q1: { missing: -1 }, q4_1: { missing: -2 }, q4_2: { missing: -3 }, q3: [3, 1, 3] });
    const answers = unpacker(layout)(cells);
    expect(answers).toEqual({ q1: { missing: -1 }, q2: 12.345, q3: [1, 3], q4_1: { missing: -2 }, q4_2: { missing: -3 }, q5: undefined, q6: undefined });
  });
});
