// The draft answered as an enumerator would: the real question components along the engine's path, one question
// per screen, skips included. Answers live only here; an edit of the draft keeps the answers that still fit.
import { createMemo, createSignal, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Answers } from '#shared/survey/answer.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate } from '#shared/survey/engine.ts';
import { isEmptyAnswer } from '#shared/survey/missing.ts';
import type { AnswerPatch } from '../../db/drafts.ts';
import { QUESTION_COMPONENTS } from '../../form/questions/index.ts';
import { useI18n } from '../../i18n/context.tsx';
import { PREVIEW_UNIT_NO } from './preview-unit.ts';

export function PreviewInterview(props: { compiled: CompiledQuestionnaire }) {
  const { t, n } = useI18n();
  const [answers, setAnswers] = createSignal<Answers>({});
  const [position, setPosition] = createSignal<string>();
  const evaluation = createMemo(() => evaluate(props.compiled, answers(), { unitNo: PREVIEW_UNIT_NO, stage: 'draft' }));
  const path = () => evaluation().path;
  // The question shown: the one chosen if still on the path (an edit may have moved it off), else the first.
  const current = createMemo(() => {
    const chosen = position();
    return chosen !== undefined && path().includes(chosen) ? chosen : path()[0];
  });
  const question = createMemo(() => {
    const id = current();
    const index = id === undefined ? undefined : props.compiled.questionIndexOf.get(id);
    return index === undefined ? undefined : props.compiled.questions[index];
  });
  const issues = createMemo(() => {
    const q = question();
    if (!q) return [];
    const shown = new Set([...q.answerVariables, ...q.specify.map((s) => s.variable)].filter((name) => !isEmptyAnswer(answers()[name])));
    return evaluation().issues.filter((issue) => shown.has(issue.question));
  });
  const step = (by: -1 | 1) => {
    const at = path().indexOf(current() ?? '');
    const next = path()[at + by];
    if (next !== undefined) setPosition(next);
  };
  const change = (patch: AnswerPatch) => setAnswers((before) => {
    const after: Answers = { ...before };
    for (const [name, value] of Object.entries(patch)) {
      if (value === undefined) delete after[name];
      else after[name] = value;
    }
    return after;
  });

  return (
    <div class="preview-interview">
      <p class="position" aria-live="polite">
        {t('device.form.position', { current: n(path().indexOf(current() ?? '') + 1), total: n(path().length) })}
      </p>
      <Show when={question()} keyed fallback={<p class="muted">{t('builder.preview.empty')}</p>}>
        {(q) => (
          <Dynamic component={QUESTION_COMPONENTS[q.kind]} question={q} answers={answers()} unitNo={PREVIEW_UNIT_NO}
            unitName={t('builder.preview.unitName')} readOnly={false} issues={issues()} onChange={change} />
        )}
      </Show>
      <div class="form-nav">
        <button type="button" class="secondary" disabled={path().indexOf(current() ?? '') <= 0} onClick={() => step(-1)}>
          {t('device.form.back')}
        </button>
        <button type="button" disabled={path().indexOf(current() ?? '') >= path().length - 1} onClick={() => step(1)}>
          {t('device.form.next')}
        </button>
        <button type="button" class="secondary" onClick={() => { setAnswers({}); setPosition(undefined); }}>{t('builder.preview.restart')}</button>
      </div>
    </div>
  );
}
