// The review: the interview laid out like the paper form (header, sections, each question with its paper
// number and answer), every problem listed first with a link to the question or slot that fixes it, the same
// problems again beside their questions, and the answers finishing will drop.
import { For, onMount, Show } from 'solid-js';
import type { Review, ReviewProblem } from '#shared/entry/review.ts';
import type { ReviewAnswer } from '#shared/entry/review-answer.ts';
import { useI18n } from '../i18n/context.tsx';

type Props = {
  review: Review; hrefOf: (problem: ReviewProblem) => string; onProblem?: (problem: ReviewProblem) => void;
  /** Move focus to the review when it appears (paper keying: the keyboard goes on from there). */
  autofocus?: boolean;
  /** A form no longer to be corrected here (finished and locked, sent, voided): no "can finish" line. */
  settled?: boolean;
};

export function ReviewView(props: Props) {
  const { t, n } = useI18n();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => { if (props.autofocus) heading?.focus(); });
  const answerText = (answer: ReviewAnswer): string => {
    if (answer.kind === 'message') return t(answer.label);
    if (answer.kind === 'value') return String(answer.value);
    const chosen = answer.options.map((o) => `${o.code}. ${o.label ?? ''}`.trim()).join(' · ');
    return answer.specify ? `${chosen} – ${answer.specify}` : chosen;
  };
  const link = (problem: ReviewProblem) => (
    <a href={props.hrefOf(problem)} onClick={(event) => {
      if (!props.onProblem) return;
      event.preventDefault();
      props.onProblem(problem);
    }}>{t(problem.code, problem.params)}</a>
  );
  return (
    <section class="review" aria-labelledby="review-title">
      <h2 id="review-title" tabindex="-1" ref={heading}>{t('entry.review.title')}</h2>
      <Show when={props.review.problems.length > 0} fallback={<Show when={!props.settled}><p class="review-ok">{t('entry.review.no_problems')}</p></Show>}>
        <div class="problems" role="alert">
          <p>{t('entry.review.problems', { count: n(props.review.problems.length) })}</p>
          <ul><For each={props.review.problems}>{(problem) => <li>{link(problem)}</li>}</For></ul>
        </div>
      </Show>
      <Show when={props.review.dropped.length > 0}>
        <ul class="notices"><For each={props.review.dropped}>{(notice) => <li>{t(notice.code, notice.params)}</li>}</For></ul>
      </Show>
      <dl class="review-header">
        <div><dt>{t('entry.slot.serial')}</dt><dd>{props.review.header.serial ?? '—'}</dd></div>
        <Show when={props.review.header.interviewerName !== undefined || props.review.header.interviewDate !== undefined}>
          <div><dt>{t('entry.slot.interviewer')}</dt><dd>{props.review.header.interviewerName ?? '—'}</dd></div>
          <div><dt>{t('entry.slot.interview_date')}</dt><dd data-field="interview-date">{props.review.header.interviewDate ?? '—'}</dd></div>
        </Show>
      </dl>
      <For each={props.review.sections}>
        {(section) => (
          <section class="review-section" aria-label={section.title}>
            <h3>{section.title}</h3>
            <For each={section.questions}>
              {(question) => (
                <div class="review-q" id={`review-${question.anchor}`} classList={{ skipped: !question.onPath, problem: question.problems.length > 0 }}>
                  <p class="review-q-title"><span class="paper-number">{question.paperNumber}.</span> {question.text}</p>
                  <For each={question.rows}>
                    {(row) => (
                      <p class="review-row" data-variable={row.variable}>
                        <Show when={question.rows.length > 1}><span class="paper-number">{row.paperNumber}</span> {row.text}: </Show>
                        <strong>{answerText(row.answer)}</strong>
                      </p>
                    )}
                  </For>
                  <Show when={question.problems.length > 0}>
                    <ul class="issues"><For each={question.problems}>{(problem) => <li>{link(problem)}</li>}</For></ul>
                  </Show>
                </div>
              )}
            </For>
          </section>
        )}
      </For>
    </section>
  );
}
