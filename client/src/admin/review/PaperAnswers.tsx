// An interview laid out as its paper form (issue 20, items 1 and 6): sections, each question with its paper number
// and text, the answer in words (an option's label beside its code); in editing, a box per answer with the words
// of what it holds.
import { createMemo, For, Show } from 'solid-js';
import type { AnswerValue, Answers } from '#shared/survey/answer.ts';
import type { Question, QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { fromText, toText, variableKinds } from './paper-values.ts';
import { answerWords } from './question-words.ts';

type Props = {
  version: QuestionnaireVersion; answers: Answers;
  /** When given, a box per answer holding `texts[variable]`, reported by `onText`. */
  texts?: Record<string, string>; onText?: (variable: string, text: string) => void;
};

export function PaperAnswers(props: Props) {
  const { t } = useI18n();
  const kinds = createMemo(() => variableKinds(props.version));
  // In editing, the words of what the box holds now: the clerk sees "2. Nữ" as they type 2.
  const typed = (variable: string): AnswerValue | undefined => {
    const text = props.texts?.[variable];
    return text === undefined ? props.answers[variable] : fromText(text, kinds().get(variable) ?? 'text');
  };
  const Answer = (p: { q: Question; variable: string }) => (
    <Show when={props.texts && props.onText} fallback={<span>{answerWords(p.q, props.answers[p.variable], t)}</span>}>
      <input data-variable={p.variable} aria-label={`${p.q.paperNumber} ${p.variable}`} size={12}
        value={props.texts?.[p.variable] ?? toText(props.answers[p.variable])} onInput={(e) => props.onText?.(p.variable, e.currentTarget.value)} />
      {' '}<small>{answerWords(p.q, typed(p.variable), t)}</small>
    </Show>
  );
  return (
    <div class="paper-answers">
      <For each={props.version.sections}>
        {(section) => (
          <section>
            <h3>{section.title}</h3>
            <ol class="paper-questions">
              <For each={section.questions.filter((q) => q.kind !== 'note')}>
                {(q) => (
                  <li data-question={q.variable}>
                    <strong>{q.paperNumber}</strong> {q.text}{' '}
                    <Show when={q.kind === 'grid' && 'rows' in q ? q.rows : undefined} fallback={<Answer q={q} variable={q.variable} />}>
                      {(rows) => <ul><For each={rows()}>{(row) => <li>{row.paperNumber} {row.text}: <Answer q={q} variable={row.variable} /></li>}</For></ul>}
                    </Show>
                    <For each={'options' in q ? q.options.filter((o) => o.specify) : []}>
                      {(o) => <div>{o.label}: <Answer q={q} variable={o.specify!.variable} /></div>}
                    </For>
                  </li>
                )}
              </For>
            </ol>
          </section>
        )}
      </For>
    </div>
  );
}
