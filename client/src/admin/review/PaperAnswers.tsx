// An interview laid out as its paper form (issue 20, items 1 and 6): sections, each question with its paper number
// and text, the answer in words (an option's label beside its code); in editing, a box per answer instead.
import { For, Show } from 'solid-js';
import type { AnswerValue, Answers } from '#shared/survey/answer.ts';
import type { Question, QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { toText } from './paper-values.ts';

type Props = {
  version: QuestionnaireVersion; answers: Answers;
  /** When given, a box per answer holding `texts[variable]`, reported by `onText`. */
  texts?: Record<string, string>; onText?: (variable: string, text: string) => void;
};

const MISSING_WORDS: Record<number, string> = { [-1]: 'survey.missing.skipped', [-2]: 'survey.missing.blank', [-3]: 'survey.missing.illegible' };

export function PaperAnswers(props: Props) {
  const { t } = useI18n();
  const words = (q: Question, value: AnswerValue | undefined): string => {
    if (value === undefined) return '—';
    if (typeof value === 'object' && !Array.isArray(value)) return t(MISSING_WORDS[value.missing] ?? 'survey.missing.blank');
    const options = 'options' in q ? q.options : [];
    const label = (code: number) => {
      const option = options.find((o) => o.code === code);
      return option ? `${code}. ${option.label}` : String(code);
    };
    if (Array.isArray(value)) return value.map(label).join('; ');
    return typeof value === 'number' && options.length > 0 ? label(value) : String(value);
  };
  const Answer = (p: { q: Question; variable: string }) => (
    <Show when={props.texts && props.onText} fallback={<span>{words(p.q, props.answers[p.variable])}</span>}>
      <input data-variable={p.variable} aria-label={`${p.q.paperNumber} ${p.variable}`} size={12}
        value={props.texts?.[p.variable] ?? toText(props.answers[p.variable])} onInput={(e) => props.onText?.(p.variable, e.currentTarget.value)} />
      {' '}<small>{words(p.q, props.answers[p.variable])}</small>
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
                      {(o) => <div>{o.label}: <Answer q={{ ...q, kind: 'text' }} variable={o.specify!.variable} /></div>}
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
