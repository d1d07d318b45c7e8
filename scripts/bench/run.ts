// `npm run bench`: runs every scripts/bench/*.ts at full size, prints name, value, unit, goal and the ratio
// to the goal, and writes them all to bench-results.json. `npm run bench -- NAME` runs the benches whose file
// name contains NAME; `--check` makes the run exit non-zero when a goal is missed (speed goals included: this
// is the bench, not the tests). A bench that throws (a broken budget rule) fails the run either way.
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchResult } from './types.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.ts') && !['run.ts', 'types.ts'].includes(name) && name.includes(filter))
  .sort();

const rows: (BenchResult & { bench: string; ratio: number; met: boolean })[] = [];
const broken: string[] = [];
for (const file of files) {
  const bench = (await import(new URL(file, import.meta.url).href) as { default: Bench }).default;
  console.log(`\n${bench.title} (${file})`);
  try {
    for (const result of await bench.run('full')) {
      const ratio = result.value / result.goal;
      const met = result.lowerIsBetter ? result.value <= result.goal : result.value >= result.goal;
      rows.push({ bench: file, ...result, ratio, met });
      console.log(`  ${result.name.padEnd(48)} ${result.value.toFixed(2).padStart(10)} ${result.unit.padEnd(5)} goal ${result.lowerIsBetter ? '≤' : '≥'} ${result.goal} ${result.unit}  ratio ${ratio.toFixed(3)} ${met ? '✓' : '✗'}`);
    }
  } catch (error) {
    broken.push(file);
    console.log(`  ✗ ${error instanceof Error ? error.message : String(error)}`);
  }
}
writeFileSync('bench-results.json', `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results: rows, broken }, null, 2)}\n`);
const missed = rows.filter((r) => !r.met);
console.log(`\n${rows.length - missed.length}/${rows.length} goals met${broken.length ? `; ${broken.length} bench(es) failed: ${broken.join(', ')}` : ''}; written to bench-results.json`);
if (broken.length > 0 || (check && missed.length > 0)) process.exitCode = 1;
