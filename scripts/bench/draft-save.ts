// Saving one answer with many interviews already on the device (goal: p95 under 10 ms with 5,000), in headless
// Chromium on its real IndexedDB: the draft store is bundled on its own (vite, a virtual entry), served to a page
// through request interception, the database filled with generated interviews, then answers saved one by one
// the way the interview screen saves them, each timed in the page.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import type { Bench, BenchSize } from './types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ORIGIN = 'http://localhost:9';
const SIZES: Record<BenchSize, { stored: number; saves: number }> = { tiny: { stored: 200, saves: 30 }, full: { stored: 5000, saves: 500 } };

const ENTRY = `
import { openDb } from '${ROOT}client/src/db/db.ts';
import { createDraft, saveAnswer } from '${ROOT}client/src/db/drafts.ts';
import { generateInterviews } from '${ROOT}shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '${ROOT}shared/demo/hung-yen-2026.ts';

window.bench = async (stored, saves) => {
  const db = openDb('bench-' + Date.now());
  const interviews = generateInterviews({ version: hungYen2026Version1, count: stored, unitNos: ['01', '02'], seed: 7, accountId: 1 });
  const now = new Date().toISOString();
  await db.transaction('rw', db.interviews, db.outbox, async () => {
    await db.interviews.bulkPut(interviews);
    await db.outbox.bulkPut(interviews.map((i) => ({ interviewId: i.id, accountId: 1, surveySlug: i.surveySlug, unitNo: i.unitNo,
      status: i.status, change: 1, queuedAt: now, changedAt: now })));
  });
  const id = crypto.randomUUID();
  await createDraft(db, { id, accountId: 1, deviceId: crypto.randomUUID(), surveySlug: 'hung-yen-2026', questionnaireVersion: 1,
    unitNo: '01', serial: '0199', unitVariable: 'c6' }, now);
  const text = 'Cần rút ngắn thời gian giải quyết hồ sơ hành chính cho người dân ở xã. ';
  const times = [];
  const warmUp = 20; // the first saves also compile the code paths: not what a field week looks like
  for (let i = -warmUp; i < saves; i++) {
    const value = i % 3 === 0 ? 1 + (i % 2) : i % 3 === 1 ? 18 + (i % 70) : text.slice(0, 1 + (i % text.length));
    const variable = i % 3 === 0 ? 'c1' : i % 3 === 1 ? 'c2' : 'c16';
    const started = performance.now();
    const result = await saveAnswer(db, 1, id, variable, value, new Date().toISOString());
    if (i >= 0) times.push(performance.now() - started);
    if (!result.ok) throw new Error('save failed: ' + result.reason);
  }
  const count = await db.interviews.count();
  db.close();
  return { times, count };
};
`;

async function bundleDraftStore(outDir: string): Promise<string> {
  const virtual: Plugin = {
    name: 'phieu:draft-bench-entry',
    enforce: 'pre',
    // Library mode hands the entry over as a path under the root.
    resolveId: (id) => (id.endsWith('virtual:draft-bench') ? '\0draft-bench.js' : null),
    load: (id) => (id === '\0draft-bench.js' ? ENTRY : null),
  };
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false, root: ROOT, logLevel: 'silent', plugins: [virtual],
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
      build: { outDir, emptyOutDir: true, target: 'es2022', lib: { entry: 'virtual:draft-bench', formats: ['es'], fileName: 'bench' } },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return readFile(join(outDir, 'bench.js'), 'utf8');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const bench: Bench = {
  title: 'Saving an answer with many interviews stored (headless Chromium, IndexedDB)',
  async run(size) {
    const { stored, saves } = SIZES[size];
    const outDir = await mkdtemp(join(tmpdir(), 'phieu-draft-bench-'));
    const browser = await launchBrowser();
    try {
      const code = await bundleDraftStore(outDir);
      await browser.page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        return path === '/bench.js'
          ? route.fulfill({ contentType: 'text/javascript', body: code })
          : route.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="/bench.js"></script>' });
      });
      await browser.page.goto(`${ORIGIN}/`);
      await browser.page.waitForFunction(() => 'bench' in window);
      const result = await browser.page.evaluate(([n, k]) => (window as unknown as {
        bench: (n: number, k: number) => Promise<{ times: number[]; count: number }>;
      }).bench(n, k), [stored, saves] as const);
      if (result.count !== stored + 1) throw new Error(`draft-save bench: ${result.count} interviews stored, expected ${stored + 1}`);
      const sorted = [...result.times].sort((a, b) => a - b);
      const label = `${stored.toLocaleString('en')} stored, ${saves} saves`;
      return [
        { name: `p95 ms per saved answer (${label})`, value: percentile(sorted, 95), unit: 'ms', goal: 10, lowerIsBetter: true },
        { name: `median ms per saved answer (${label})`, value: percentile(sorted, 50), unit: 'ms', goal: 10, lowerIsBetter: true },
      ];
    } finally {
      await browser.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
};

export default bench;
