// How much JavaScript a phone gets: everything the built service worker precaches, and the entry chunk alone,
// gzipped (level 9), against their budgets, with the room left; and the respondent page's budget once online
// mode builds it. Any broken rule (a size passed, zod or office code precached) fails the bench. The same checks
// run in `npm test` (tests/scripts/bundle-budgets.test.ts) on one build; the rules live in bundle/budgets.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, describeFigures, measure, type ClientBuild } from './bundle/budgets.ts';
import { buildClient } from './bundle/build.ts';
import type { Bench, BenchResult } from './types.ts';

export { buildClient };

/** The measured budgets as bench figures (a part not built yet has no figure). */
export function bundleResults(build: ClientBuild): BenchResult[] {
  return measure(build).flatMap((figure) => (figure.kb === null
    ? []
    : [{ name: `${figure.name}, gzip -9`, value: figure.kb, unit: 'KB', goal: figure.limitKb, lowerIsBetter: true }]));
}

const bench: Bench = {
  title: 'What a phone downloads: gzipped JavaScript',
  // A build is cheap, so 'tiny' measures the same thing as 'full'.
  run: async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'phieu-bundle-'));
    try {
      const build = await buildClient(outDir);
      for (const line of describeFigures(measure(build))) console.log(`  ${line}`);
      const violations = checkBudgets(build);
      if (violations.length > 0) throw new Error(`bundle budgets broken:\n  ${violations.join('\n  ')}`);
      return bundleResults(build);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  },
};

export default bench;
