// The questionnaire engine's speed: one full validation of a demo interview (goal ≤ 50 µs) and a million of
// them in a row (goal ≤ 60 s), over a varied set of interviews so no single path is flattered.
import { hungYen2026Version1 } from '../../shared/demo/hung-yen-2026.ts';
import type { Answers } from '../../shared/survey/answer.ts';
import { compileQuestionnaire, type CompiledQuestionnaire } from '../../shared/survey/compile.ts';
import { evaluate } from '../../shared/survey/engine.ts';
import type { Bench, BenchSize } from './types.ts';

/** A small deterministic generator (mulberry32), so every run validates the same interviews. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plausible interviews: both skips taken sometimes, "other" texts, a few missing codes and a few errors. */
export function sampleInterviews(count: number, seed = 2026): Answers[] {
  const rnd = random(seed);
  const pick = (n: number) => 1 + Math.floor(rnd() * n);
  const some = (n: number, max: number) => [...new Set(Array.from({ length: pick(max) }, () => pick(n)))];
  return Array.from({ length: count }, () => {
    const a: Answers = {
      c1: pick(2), c2: 18 + Math.floor(rnd() * 70), c3: pick(7), c4: pick(2), c5: pick(5), c6: '07', c7: pick(3),
      c10: pick(4), c12: rnd() < 0.1 ? [6] : some(5, 3), c13: pick(4), c14: pick(3),
    };
    for (let r = 1; r <= 5; r++) a[`c11_${r}`] = rnd() < 0.05 ? { missing: -2 } : pick(5);
    if (a.c3 === 7) a.c3_other = 'Tiểu thương';
    if (a.c7 !== 3) { a.c8 = some(6, 3); a.c9 = pick(5); if (a.c8.includes(6)) a.c8_other = 'Loa phường'; }
    if (a.c14 !== 3) a.c15 = some(5, 2);
    if (rnd() < 0.3) a.c16 = 'Tăng cường ứng dụng công nghệ thông tin, cải cách thủ tục hành chính.';
    if (rnd() < 0.05) a.c2 = 101; // an error now and then, as keyed from paper
    return a;
  });
}

function timeValidations(compiled: CompiledQuestionnaire, samples: Answers[], runs: number): number {
  let sink = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    sink += evaluate(compiled, samples[i % samples.length]!, { unitNo: '07', stage: 'finish' }).issues.length;
  }
  const ms = performance.now() - started;
  if (sink < 0) throw new Error('unreachable'); // keeps the work observable
  return ms;
}

const bench: Bench = {
  title: 'Questionnaire engine (demo survey, full validation at finish)',
  async run(size: BenchSize) {
    const compiled = compileQuestionnaire(hungYen2026Version1);
    const samples = sampleInterviews(256);
    if (size === 'tiny') {
      const ms = timeValidations(compiled, samples, 1_000);
      return [
        { name: 'µs per validation (1,000 runs, cold)', value: (ms * 1000) / 1_000, unit: 'µs', goal: 50, lowerIsBetter: true },
        { name: 's per 1,000,000 validations (extrapolated)', value: ms, unit: 's', goal: 60, lowerIsBetter: true },
      ];
    }
    timeValidations(compiled, samples, 50_000); // warm up the JIT
    const perOne = timeValidations(compiled, samples, 200_000) * 1000 / 200_000;
    const million = timeValidations(compiled, samples, 1_000_000) / 1000;
    return [
      { name: 'µs per validation', value: perOne, unit: 'µs', goal: 50, lowerIsBetter: true },
      { name: 's per 1,000,000 validations', value: million, unit: 's', goal: 60, lowerIsBetter: true },
    ];
  },
};

export default bench;
