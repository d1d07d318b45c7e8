// Paper keying with many interviews on the device (goals: a key press to the next box ready, p95 under 16 ms,
// one frame; finishing a form and opening the next, p95 under 50 ms), in headless Chromium on its real
// IndexedDB: the keying session is bundled on its own (vite, a virtual entry) and served to a page, the database
// filled with generated interviews, the keying screen rendered, then generated paper forms keyed through the
// session one key at a time (a key is timed until the next box is rendered and laid out),
// with a turn of the event loop between keys (a fast clerk, not a burst), each key and each finish timed in the page
// (a finish from the moment its last key is pressed, the saves before it done, to the next form open).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import type { Bench, BenchSize } from './types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ORIGIN = 'http://localhost:9';
const SIZES: Record<BenchSize, { stored: number; forms: number }> = { tiny: { stored: 200, forms: 3 }, full: { stored: 5000, forms: 30 } };

const ENTRY = `
import { createComponent, createEffect, createRoot, on } from 'solid-js';
import { render } from 'solid-js/web';
import { I18nProvider } from '${ROOT}client/src/i18n/context.tsx';
import { PaperKeyer } from '${ROOT}client/src/entry/PaperKeyer.tsx';
import { openDb } from '${ROOT}client/src/db/db.ts';
import { deviceInterviews } from '${ROOT}client/src/entry/device-interviews.ts';
import { openKeyingSession } from '${ROOT}client/src/entry/keying-session.ts';
import { generateInterviews } from '${ROOT}shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '${ROOT}shared/demo/hung-yen-2026.ts';
import { compileQuestionnaire } from '${ROOT}shared/survey/compile.ts';
import { generatePaperForms } from '${ROOT}tests/helpers/paper-forms.ts';

window.bench = async (stored, count) => {
  const db = openDb('bench-' + Date.now());
  // Other units' forms: unit 07 starts empty, so the generated forms' serials are the ones suggested.
  const interviews = generateInterviews({ version: hungYen2026Version1, count: stored, unitNos: ['01', '02'], seed: 7, accountId: 1 });
  const now = new Date().toISOString();
  await db.transaction('rw', db.interviews, db.outbox, async () => {
    await db.interviews.bulkPut(interviews);
    await db.outbox.bulkPut(interviews.map((i) => ({ interviewId: i.id, accountId: 1, surveySlug: i.surveySlug, unitNo: i.unitNo,
      status: i.status, change: 1, queuedAt: now, changedAt: now })));
  });
  const compiled = compileQuestionnaire(hungYen2026Version1);
  const session = openKeyingSession({
    db, accountId: 1, deviceId: crypto.randomUUID(), surveySlug: 'hung-yen-2026', unitNo: '07', year: 2026, compiled,
    unitVariable: 'c6', practice: false, others: await deviceInterviews(db, 'hung-yen-2026'), footer: undefined, quota: 45,
  });
  // The keying screen itself, rendered: a key is ready when the next box is in the DOM and laid out.
  render(() => createComponent(I18nProvider, {
    get children() { return createComponent(PaperKeyer, { session, compiled, unitNo: '07', unitName: 'Bench', year: 2026 }); },
  }), document.body);
  for (let tries = 0; !document.querySelector('#key-serial'); tries++) {
    if (tries > 500) throw new Error('the keying screen did not render');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  let opened = () => {};
  createRoot(() => createEffect(on(() => session.finished().length, () => opened(), { defer: true })));
  const keys = [], finishes = [];
  for (const form of generatePaperForms(count)) {
    for (let i = 0; i < form.keys.length; i++) {
      const last = i === form.keys.length - 1;
      // Finishing is timed from a quiet start: the saves of the keys before it done, as at a clerk's pace.
      while (last && session.saveState() !== 'saved') await new Promise((resolve) => setTimeout(resolve, 0));
      const next = last ? new Promise((resolve) => { opened = () => resolve(performance.now()); }) : null;
      const started = performance.now();
      session.press(form.keys[i], started);
      void document.body.offsetHeight; // style and layout of the next box, as the frame will need them
      keys.push(performance.now() - started);
      if (next) finishes.push((await next) - started);
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const finished = await db.interviews.filter((i) => i.unitNo === '07' && i.status === 'finished').count();
  db.close();
  return { keys, finishes, finished };
};
`;

async function bundleSession(outDir: string): Promise<void> {
  const virtual: Plugin = {
    name: 'phieu:keying-bench-entry',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('virtual:keying-bench') ? '\0keying-bench.js' : null),
    load: (id) => (id === '\0keying-bench.js' ? ENTRY : null),
  };
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false, root: ROOT, logLevel: 'silent', plugins: [virtual, solid()],
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
      build: { outDir, emptyOutDir: true, target: 'es2022', lib: { entry: 'virtual:keying-bench', formats: ['es'], fileName: 'bench' } },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const bench: Bench = {
  title: 'Paper keying with many interviews stored (headless Chromium, IndexedDB)',
  async run(size) {
    const { stored, forms } = SIZES[size];
    const outDir = await mkdtemp(join(tmpdir(), 'phieu-keying-bench-'));
    const browser = await launchBrowser();
    try {
      await bundleSession(outDir);
      // The bench and the chunks it loads (the dictionary part), from the build's folder.
      await browser.page.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        return path.endsWith('.js')
          ? route.fulfill({ contentType: 'text/javascript', body: await readFile(join(outDir, path.slice(1)), 'utf8') })
          : route.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="/bench.js"></script>' });
      });
      await browser.page.goto(`${ORIGIN}/`);
      await browser.page.waitForFunction(() => 'bench' in window);
      const result = await browser.page.evaluate(([n, k]) => (window as unknown as {
        bench: (n: number, k: number) => Promise<{ keys: number[]; finishes: number[]; finished: number }>;
      }).bench(n, k).catch((error: unknown) => { throw new Error(error instanceof Error ? error.stack ?? error.message : String(error)); }), [stored, forms] as const);
      if (result.finished !== forms) throw new Error(`keying bench: ${result.finished} forms stored, expected ${forms}`);
      const keys = [...result.keys].sort((a, b) => a - b);
      const finishes = [...result.finishes].sort((a, b) => a - b);
      const label = `${stored.toLocaleString('en')} stored`;
      return [
        { name: `p95 ms key to next box (${label}, ${keys.length} keys)`, value: percentile(keys, 95), unit: 'ms', goal: 16, lowerIsBetter: true },
        { name: `p95 ms finish + next form (${label}, ${forms} forms)`, value: percentile(finishes, 95), unit: 'ms', goal: 50, lowerIsBetter: true },
      ];
    } finally {
      await browser.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
};

export default bench;
