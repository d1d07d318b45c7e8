// SPSS multiple-response frequencies (dichotomies): each option's responses, % of all responses and % of
// cases, where the cases are the interviews that chose at least one option; the others are counted as missing.
import type { Category, MultipleTable } from './schema.ts';
import { missingKeyOf, missingTally, percent, SYSTEM, type Words } from './cases.ts';

export function multipleAccumulator(head: { variable: string; title: string }, options: readonly Category[]) {
  const counts = new Map<string, number>(options.map((o) => [o.key, 0]));
  const missing = missingTally();
  let total = 0;
  let cases = 0;
  return {
    add: (value: unknown, weight = 1) => {
      total += weight;
      if (!Array.isArray(value) || value.length === 0) {
        missing.add(Array.isArray(value) ? SYSTEM : missingKeyOf(value) ?? SYSTEM, weight);
        return;
      }
      cases += weight;
      for (const code of new Set(value)) counts.set(String(code), (counts.get(String(code)) ?? 0) + weight);
    },
    finish: (words: Words): MultipleTable => {
      const labels = new Map(options.map((o) => [o.key, o.label]));
      const responses = [...counts.values()].reduce((a, b) => a + b, 0);
      return {
        kind: 'multiple', ...head, total, cases, responses, missing: missing.rows(total, words),
        rows: [...counts].map(([key, count]) => ({
          key, label: labels.get(key) ?? key, count, percentOfResponses: percent(count, responses), percentOfCases: percent(count, cases),
        })),
      };
    },
  };
}
