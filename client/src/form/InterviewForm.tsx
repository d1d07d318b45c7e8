// Interview mode: one question (or one grid) per screen, Next and Back along the engine's path, the position
// kept in the address (?q=c7) so a reload comes back to the same question; opened without one (from the home), a
// draft continues where it was left (resume.ts), and each question shown is reported through `onPosition`.
// The engine runs on every change; its issues for the question on screen are shown once that question holds an answer.
import { createEffect, createMemo, Show, untrack } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { A, useSearchParams } from '../router/router.tsx';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate } from '#shared/survey/engine.ts';
import { isEmptyAnswer } from '#shared/survey/missing.ts';
import { useI18n } from '../i18n/context.tsx';
import type { DraftSession } from './draft-session.ts';
import { END, nextPosition, previousPosition, resolvePosition } from './navigation.ts';
import { resumePosition } from './resume.ts';
import { QUESTION_COMPONENTS } from './questions/index.ts';
import { SaveStatus } from './SaveStatus.tsx';

export type InterviewFormProps = {
  draft: DraftSession; compiled: CompiledQuestionnaire; unitNo: string; unitName: string;
  /** The question this draft last showed, as the device kept it. */
  resumeAt?: string | undefined;
  onPosition?: (question: string) => void;
};

export function InterviewForm(props: InterviewFormProps) {
  const { t, n } = useI18n();
  const [search, setSearch] = useSearchParams<{ q?: string }>();
  let heading: HTMLHeadingElement | undefined;

  const evaluation = createMemo(() => evaluate(props.compiled, props.draft.answers(), { unitNo: props.unitNo, stage: 'draft' }));
  // Worked out once, as the form opens: later, Next and Back set the address.
  const resumed = untrack(() => resumePosition(props.compiled, evaluation().path, props.draft.answers(), props.resumeAt));
  const current = createMemo(() => resolvePosition(props.compiled, evaluation().path, search.q ?? resumed));
  // Kept as the bookmark once this tab may edit: the lease often arrives after the first question is on screen.
  createEffect(() => {
    const id = current();
    if (!props.draft.readOnly()) props.onPosition?.(id);
  });
  const question = createMemo(() => {
    const id = current();
    const index = id === END ? undefined : props.compiled.questionIndexOf.get(id);
    return index === undefined ? undefined : props.compiled.questions[index];
  });
  const issues = createMemo(() => {
    const q = question();
    if (!q) return [];
    const answers = props.draft.answers();
    const answered = new Set([...q.answerVariables, ...q.specify.map((s) => s.variable)].filter((name) => !isEmptyAnswer(answers[name])));
    // An "other" box's own issue shows once its option is chosen, even before anything is typed in it.
    return evaluation().issues.filter((issue) => answered.has(issue.question) || q.specify.some((s) => s.variable === issue.question));
  });

  const go = (id: string | null) => {
    if (id === null) return;
    setSearch({ q: id }, { replace: true });
  };
  // Move focus to the new question's title, so a screen reader reads it and the keyboard starts there.
  createEffect(() => {
    current();
    queueMicrotask(() => heading?.focus());
  });

  return (
    <div class="interview-form">
      <p class="position" aria-live="polite">
        <Show when={current() !== END} fallback={t('device.form.end')}>
          {t('device.form.position', { current: n(evaluation().path.indexOf(current()) + 1), total: n(evaluation().path.length) })}
        </Show>
      </p>
      {/* Progress along the path as it stands (skips shorten it), so the respondent sees how much is left. */}
      <progress class="form-progress" aria-hidden="true" max={evaluation().path.length}
        value={current() === END ? evaluation().path.length : evaluation().path.indexOf(current())} />
      <h2 class="visually-hidden" tabindex="-1" ref={heading}>
        {question()?.paperNumber ?? t('device.form.end')}
      </h2>
      {/* Keyed: each question gets fresh components, so one number field's half-typed text never shows in the next. */}
      <Show when={question()} keyed fallback={
        <div class="form-end">
          <p>{evaluation().missing.length > 0
            ? t('device.form.missing', { count: n(evaluation().missing.length) })
            : t('device.form.complete')}</p>
          <Show when={props.draft.interview()}>
            {(interview) => <A class="button" href={`/interviews/${interview().id}/review`}>{t('entry.form.review')}</A>}
          </Show>
        </div>
      }>
        {(q) => (
          <Dynamic component={QUESTION_COMPONENTS[q.kind]} question={q} answers={props.draft.answers()}
            unitNo={props.unitNo} unitName={props.unitName} readOnly={props.draft.readOnly()} issues={issues()}
            onChange={props.draft.change} />
        )}
      </Show>
      <SaveStatus state={props.draft.saveState()} onRetry={props.draft.retry} />
      <div class="form-nav">
        <button type="button" class="secondary" disabled={previousPosition(evaluation().path, current()) === null}
          onClick={() => go(previousPosition(evaluation().path, current()))}>{t('device.form.back')}</button>
        <Show when={current() !== END}>
          <button type="button" onClick={() => go(nextPosition(evaluation().path, current()))}>{t('device.form.next')}</button>
        </Show>
      </div>
    </div>
  );
}
