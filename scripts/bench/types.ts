// What every benchmark returns. `npm run bench` runs each at full size; `npm test` runs each once at
// the tiny size so none rots (tests/scripts/bench.test.ts). Figures are printed, never asserted on time.
export type BenchSize = 'tiny' | 'full';

export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  goal: number;
  /** true when a smaller value is better (times, sizes); the ratio printed is value / goal either way. */
  lowerIsBetter: boolean;
};

export type Bench = {
  title: string;
  run: (size: BenchSize) => Promise<BenchResult[]>;
};
