// The questionnaire builder on a 300-question draft (goal: an edit shown in the editor and the live preview,
// p95 under 50 ms), in headless Chromium: the builder's editor and preview rendered with the real session
// (undo history, the engine's check, autosave to an in-memory store); each edit is a question's text typed one
// letter longer, timed until the editor and the preview are re-rendered and laid out.
import { percentile, ROOT, runInPage } from './support/in-page.ts';
import type { Bench, BenchSize } from './types.ts';

const SIZES: Record<BenchSize, { questions: number; edits: number }> = { tiny: { questions: 20, edits: 5 }, full: { questions: 300, edits: 60 } };

const ENTRY = `
import { createComponent } from 'solid-js';
import { render } from 'solid-js/web';
import { I18nProvider } from '${ROOT}client/src/i18n/context.tsx';
import { BuilderContext } from '${ROOT}client/src/admin/builder/builder-context.ts';
import { createBuilderSession } from '${ROOT}client/src/admin/builder/builder-session.ts';
import { SectionList } from '${ROOT}client/src/admin/builder/SectionList.tsx';
import { Preview } from '${ROOT}client/src/admin/builder/Preview.tsx';
import { replaceQuestion } from '${ROOT}shared/authoring/draft-edits.ts';
import { largeQuestionnaire } from '${ROOT}scripts/bench/support/large-questionnaire.ts';

window.bench = async (count, edits) => {
  const version = largeQuestionnaire(count);
  let revision = 1;
  const store = { load: async () => ({ version, revision, savedAt: null, problems: [], compatibility: [] }), save: async (definition) => ({ version: definition, revision: ++revision, savedAt: null, problems: [], compatibility: [] }) };
  const words = { question: 'Câu hỏi mới', option: (n) => 'Phương án ' + n, row: (n) => 'Dòng ' + n, section: 'PHẦN MỚI' };
  let session;
  render(() => createComponent(I18nProvider, {
    get children() {
      session = createBuilderSession({ version, revision, savedAt: null, problems: [], compatibility: [] }, store);
      return createComponent(BuilderContext.Provider, { value: { session, words }, get children() {
        return [createComponent(SectionList, { open: 'c7_0', onOpen: () => {} }), createComponent(Preview, { get draft() { return session.draft(); }, year: 2026 })];
      } });
    },
  }), document.body);
  for (let tries = 0; document.querySelectorAll('.question-card').length < count; tries++) {
    if (tries > 500) throw new Error('the builder did not render');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const times = [];
  for (let i = 0; i < edits; i++) {
    const at = { section: i % 3, index: (i * 7) % Math.floor(count / 3) };
    const started = performance.now();
    session.edit((d) => { const q = d.sections[at.section].questions[at.index]; return replaceQuestion(d, at, { ...q, text: q.text + 'x' }); }, 'bench');
    session.problems();
    void document.body.offsetHeight; // the editor's and the preview's style and layout, as the frame needs them
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const shown = document.querySelectorAll('.question-card').length;
  return { times, shown };
};
`;

const bench: Bench = {
  title: 'The questionnaire builder on a long draft (headless Chromium)',
  async run(size) {
    const { questions, edits } = SIZES[size];
    const result = await runInPage<{ times: number[]; shown: number }>({ name: 'builder', entry: ENTRY, jsx: true }, [questions, edits]);
    if (result.shown !== questions) throw new Error(`builder bench: ${result.shown} cards shown, expected ${questions}`);
    const times = [...result.times].sort((a, b) => a - b);
    return [{ name: `p95 ms edit to editor + preview (${questions} questions)`, value: percentile(times, 95), unit: 'ms', goal: 50, lowerIsBetter: true }];
  },
};

export default bench;
