// Every benchmark runs once at its tiny size inside `npm test`, so none rots. Figures are not asserted on:
// speed is judged by `npm run bench`, never by a timed test. The bundle bench is the exception: its build is
// made once by tests/scripts/bundle-budgets.test.ts, which checks its sizes and runs its figures (not twice here).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bench } from '../../scripts/bench/types.ts';

const benchFiles = readdirSync('scripts/bench').filter((name) => name.endsWith('.ts') && !['run.ts', 'types.ts', 'bundle.ts'].includes(name));

describe('benchmarks', () => {
  it('there is at least one', () => expect(benchFiles.length).toBeGreaterThan(0));
  for (const file of benchFiles) {
    it(`${file} runs at the tiny size and reports well-formed figures`, async () => {
      const bench = (await import(/* @vite-ignore */ new URL(`../../scripts/bench/${file}`, import.meta.url).href) as { default: Bench }).default;
      const results = await bench.run('tiny');
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.name).not.toBe('');
        expect(Number.isFinite(result.value)).toBe(true);
        expect(result.goal).toBeGreaterThan(0);
      }
    }, 120_000);
  }
});
