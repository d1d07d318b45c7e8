// Saving one answer with many interviews already on the device (goal: p95 under 10 ms with 5,000), in headless
// Chromium on its real IndexedDB: the draft store is bundled on its own (vite, a virtual entry), served to a page
// through request interception, the database filled with generated interviews, then answers saved one by one
// the way the interview screen saves them, each timed in the page.
import { percentile, ROOT, runInPage } from './support/in-page.ts';
import type { Bench, BenchSize } from './types.ts';

const SIZES: Record<BenchSize, { stored: number; saves: number }> = { tiny: { stored: 200, saves: 30 }, full: { stored: 5000, saves: 500 } };

const ENTRY = `
import { openDb } from '${ROOT}client/src/db/db.ts';
import { createDraft, saveAnswer } from '${ROOT}client/src/db/drafts.ts';
import { storeInterviews } from '${ROOT}scripts/bench/support/store-interviews.ts';

window.bench = async (stored, saves) => {
  const db = openDb('bench-' + Date.now());
  await storeInterviews(db, stored);
  const now = new Date().toISOString();
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

const bench: Bench = {
  title: 'Saving an answer with many interviews stored (headless Chromium, IndexedDB)',
  async run(size) {
    const { stored, saves } = SIZES[size];
    const result = await runInPage<{ times: number[]; count: number }>({ name: 'draft', entry: ENTRY }, [stored, saves]);
    if (result.count !== stored + 1) throw new Error(`draft-save bench: ${result.count} interviews stored, expected ${stored + 1}`);
    const sorted = [...result.times].sort((a, b) => a - b);
    const label = `${stored.toLocaleString('en')} stored, ${saves} saves`;
    return [
      { name: `p95 ms per saved answer (${label})`, value: percentile(sorted, 95), unit: 'ms', goal: 10, lowerIsBetter: true },
      { name: `median ms per saved answer (${label})`, value: percentile(sorted, 50), unit: 'ms', goal: 10, lowerIsBetter: true },
    ];
  },
};

export default bench;
