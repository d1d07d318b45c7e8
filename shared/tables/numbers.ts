// A number question: n, mean, median, sample standard deviation, minimum and maximum of the valid values, and
// (when the admin set bands) a frequency table of the bands. Values are tallied by value, so memory follows the
// number of distinct values, not of interviews, and the sums are exact for whole numbers.
import type { NumberTable } from './schema.ts';
import { missingKeyOf, missingTally, percent, SYSTEM, type Words } from './cases.ts';
import { bandIndex, bandKey, bandLabel, type Band } from './bands.ts';

export type NumberSummary = Pick<NumberTable, 'n' | 'mean' | 'median' | 'sd' | 'min' | 'max'>;

export function summarize(tally: ReadonlyMap<number, number>): NumberSummary {
  const values = [...tally.keys()].sort((a, b) => a - b);
  let n = 0;
  let sum = 0;
  for (const v of values) { n += tally.get(v)!; sum += v * tally.get(v)!; }
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null };
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += tally.get(v)! * (v - mean) ** 2;
  // The median: the middle value, or the mean of the two middle ones (SPSS's definition for FREQUENCIES).
  const at = (rank: number) => {
    let seen = 0;
    for (const v of values) { seen += tally.get(v)!; if (seen > rank) return v; }
    return values[values.length - 1]!;
  };
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { n, mean, median, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : null, min: values[0]!, max: values[values.length - 1]! };
}

export function numberAccumulator(head: { variable: string; title: string }, bands: readonly Band[] | null, integer: boolean) {
  const tally = new Map<number, number>();
  const missing = missingTally();
  let total = 0;
  return {
    add: (value: unknown, weight = 1) => {
      total += weight;
      if (typeof value === 'number' && Number.isFinite(value)) tally.set(value, (tally.get(value) ?? 0) + weight);
      else missing.add(missingKeyOf(value) ?? SYSTEM, weight);
    },
    finish: (words: Words): NumberTable => {
      const summary = summarize(tally);
      const missingRows = missing.rows(total, words);
      return { kind: 'number', ...head, total, ...summary, missing: missingRows, bands: bands ? bandTable(head, bands, integer, tally, total, missingRows) : null };
    },
  };
}

function bandTable(
  head: { variable: string; title: string }, bands: readonly Band[], integer: boolean, tally: ReadonlyMap<number, number>, total: number,
  missing: NumberTable['missing'],
): NonNullable<NumberTable['bands']> {
  const counts = bands.map(() => 0);
  let outside = 0;
  for (const [value, count] of tally) {
    const i = bandIndex(bands, integer, value);
    if (i < 0) outside += count;
    else counts[i]! += count;
  }
  const valid = counts.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const rows = bands.map((band, i) => {
    cumulative += counts[i]!;
    return {
      key: bandKey(band), label: bandLabel(band), count: counts[i]!, percent: percent(counts[i]!, total),
      validPercent: percent(counts[i]!, valid), cumulativePercent: percent(cumulative, valid),
    };
  });
  return { kind: 'frequency', ...head, total, valid, rows, missing, outside };
}
