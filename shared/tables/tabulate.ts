// Every table of a survey in one pass over its interviews: one accumulator per question, each interview read once
// (or, from the compact store, each distinct answer once with its count as weight — tally.ts).
import { missingKeyOf, missingTally, SYSTEM, type MissingKey, type TableCase, type Words } from './cases.ts';
import { frequencyAccumulator } from './frequency.ts';
import { gridAccumulator } from './grid.ts';
import { multipleAccumulator } from './multiple.ts';
import { numberAccumulator } from './numbers.ts';
import type { PlannedQuestion, TablePlan } from './plan.ts';
import type { ResultTable } from './schema.ts';

type Key = { valid: string } | { missing: MissingKey };

/** A single choice's or grid row's stored value as a category: a whole number is a code, anything else missing. */
export function codeKey(value: unknown): Key {
  if (typeof value === 'number' && Number.isInteger(value)) return { valid: String(value) };
  return { missing: missingKeyOf(value) ?? SYSTEM };
}

/** The unit question stores the unit's number as text. */
export function textKey(value: unknown): Key {
  if (typeof value === 'string' && value.trim() !== '') return { valid: value };
  return { missing: typeof value === 'string' ? SYSTEM : missingKeyOf(value) ?? SYSTEM };
}

type Accumulator = { add: (c: TableCase) => void; finish: (words: Words) => ResultTable };

function openAccumulator(head: { variable: string; title: string }) {
  const missing = missingTally();
  let total = 0;
  let answered = 0;
  return {
    add: (c: TableCase) => {
      const weight = c.weight ?? 1;
      total += weight;
      const key = textKey(c.answers[head.variable]);
      if ('valid' in key) answered += weight;
      else missing.add(key.missing, weight);
    },
    finish: (words: Words): ResultTable => ({ kind: 'open', ...head, total, answered, missing: missing.rows(total, words) }),
  };
}

function accumulator(q: PlannedQuestion): Accumulator {
  const head = { variable: q.variable, title: q.title };
  switch (q.kind) {
    case 'single': case 'unit': {
      const acc = frequencyAccumulator(head, q.options);
      const read = q.kind === 'single' ? codeKey : textKey;
      return { add: (c) => acc.add(read(c.answers[q.variable]), c.weight), finish: acc.finish };
    }
    case 'multiple': {
      const acc = multipleAccumulator(head, q.options);
      return { add: (c) => acc.add(c.answers[q.variable], c.weight), finish: acc.finish };
    }
    case 'grid': {
      const acc = gridAccumulator(head, q.rows, q.scale);
      return { add: (c) => acc.add(q.rows.map((r) => codeKey(c.answers[r.key])), c.weight), finish: acc.finish };
    }
    case 'number': {
      const acc = numberAccumulator(head, q.bands, q.integer);
      return { add: (c) => acc.add(c.answers[q.variable], c.weight), finish: acc.finish };
    }
    case 'open':
      return openAccumulator(head);
  }
}

/** All tables, in paper order. No interviews gives every table with zero counts, never an error. */
export function tabulate(plan: TablePlan, cases: Iterable<TableCase>, words: Words): { total: number; tables: ResultTable[] } {
  const accumulators = plan.questions.map(accumulator);
  let total = 0;
  for (const c of cases) {
    total += c.weight ?? 1;
    for (const acc of accumulators) acc.add(c);
  }
  return { total, tables: accumulators.map((acc) => acc.finish(words)) };
}
