// SPSS FREQUENCIES over one categorical variable: each category's count, % of all interviews, valid % and
// cumulative %, with the declared missing codes and "system" missing counted apart below the valid rows.
import type { Category, FrequencyTable } from './schema.ts';
import { missingTally, percent, type MissingKey, type Words } from './cases.ts';

export type FrequencyAccumulator = {
  /** A valid category key, or a missing key. */
  add: (key: { valid: string } | { missing: MissingKey }, weight?: number) => void;
  finish: (words: Words) => FrequencyTable;
};

/**
 * `categories` come first in their order (the questionnaire's options, even those nobody chose); a valid key
 * outside them (a code only an older version offered) gets its own row after them, labelled with itself.
 */
export function frequencyAccumulator(head: { variable: string; title: string }, categories: readonly Category[]): FrequencyAccumulator {
  const counts = new Map<string, number>(categories.map((c) => [c.key, 0]));
  const missing = missingTally();
  let total = 0;
  return {
    add: (key, weight = 1) => {
      total += weight;
      if ('missing' in key) missing.add(key.missing, weight);
      else counts.set(key.valid, (counts.get(key.valid) ?? 0) + weight);
    },
    finish: (words) => {
      const labels = new Map(categories.map((c) => [c.key, c.label]));
      const valid = [...counts.values()].reduce((a, b) => a + b, 0);
      let cumulative = 0;
      const rows = [...counts].map(([key, count]) => {
        cumulative += count;
        return {
          key, label: labels.get(key) ?? key, count, percent: percent(count, total),
          validPercent: percent(count, valid), cumulativePercent: percent(cumulative, valid),
        };
      });
      return { kind: 'frequency', ...head, total, valid, rows, missing: missing.rows(total, words) };
    },
  };
}
