// Paper keying with many interviews on the device (goals: a key press to the next box ready, p95 under 16 ms,
// one frame; finishing a form and opening the next, p95 under 50 ms), in headless Chromium on its real
// IndexedDB: the keying session is bundled on its own (vite, a virtual entry) and served to a page, the database
// filled with generated interviews, the keying screen rendered, then generated paper forms keyed through the
// session one key at a time (a key is timed until the next box is rendered and laid out),
// with a turn of the event loop between keys (a fast clerk, not a burst), each key and each finish timed in the page
// (a finish from the moment its last key is pressed, the saves before it done, to the next form open).
import { percentile, ROOT, runInPage } from './support/in-page.ts';
import type { Bench, BenchSize } from './types.ts';

const SIZES: Record<BenchSize, { stored: number; forms: number }> = { tiny: { stored: 200, forms: 3 }, full: { stored: 5000, forms: 30 } };

const ENTRY = `
import { createComponent, createEffect, createRoot, on } from 'solid-js';
import { render } from 'solid-js/web';
import { I18nProvider } from '${ROOT}client/src/i18n/context.tsx';
import { PaperKeyer } from '${ROOT}client/src/entry/PaperKeyer.tsx';
import { openDb } from '${ROOT}client/src/db/db.ts';
import { deviceInterviews } from '${ROOT}client/src/entry/device-interviews.ts';
import { openKeyingSession } from '${ROOT}client/src/entry/keying-session.ts';
import { storeInterviews } from '${ROOT}scripts/bench/support/store-interviews.ts';
import { hungYen2026Version1 } from '${ROOT}shared/demo/hung-yen-2026.ts';
import { compileQuestionnaire } from '${ROOT}shared/survey/compile.ts';
import { generatePaperForms } from '${ROOT}tests/helpers/paper-forms.ts';

window.bench = async (stored, count) => {
  const db = openDb('bench-' + Date.now());
  // Other units' forms: unit 07 starts empty, so the generated forms' serials are the ones suggested.
  await storeInterviews(db, stored);
  const compiled = compileQuestionnaire(hungYen2026Version1);
  const session = openKeyingSession({
    db, accountId: 1, deviceId: crypto.randomUUID(), surveySlug: 'hung-yen-2026', unitNo: '07', year: 2026, compiled,
    unitVariable: 'c6', practice: false, others: await deviceInterviews(db, 'hung-yen-2026'), footer: undefined,
    unit: { no: '07', quota: 45 }, serialRanges: undefined,
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

const bench: Bench = {
  title: 'Paper keying with many interviews stored (headless Chromium, IndexedDB)',
  async run(size) {
    const { stored, forms } = SIZES[size];
    const result = await runInPage<{ keys: number[]; finishes: number[]; finished: number }>(
      { name: 'keying', entry: ENTRY, jsx: true }, [stored, forms],
    );
    if (result.finished !== forms) throw new Error(`keying bench: ${result.finished} forms stored, expected ${forms}`);
    const keys = [...result.keys].sort((a, b) => a - b);
    const finishes = [...result.finishes].sort((a, b) => a - b);
    const label = `${stored.toLocaleString('en')} stored`;
    return [
      { name: `p95 ms key to next box (${label}, ${keys.length} keys)`, value: percentile(keys, 95), unit: 'ms', goal: 16, lowerIsBetter: true },
      { name: `p95 ms finish + next form (${label}, ${forms} forms)`, value: percentile(finishes, 95), unit: 'ms', goal: 50, lowerIsBetter: true },
    ];
  },
};

export default bench;
