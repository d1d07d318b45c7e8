// One question on its own screen, large and plain, by kind: choices as big tappable rows, numbers and dates with
// the phone's own keyboards, a grid as one group per row. Renders and reports; the page keeps the answers.
import { For, Show } from 'solid-js';
import type { AnswerValue, Answers } from '#shared/survey/answer.ts';
import type { CompiledQuestion } from '#shared/survey/compile.ts';
import type { Option } from '#shared/survey/questionnaire.ts';
import { t } from './words.ts';

type Props = { question: CompiledQuestion; answers: Answers; onChange: (patch: Record<string, AnswerValue | undefined>) => void };

/** A text or number answer as an input shows it; '' for none (or a missing code). */
function text(answers: Answers, variable: string): string {
  const value = answers[variable];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function Choices(props: Props & { variable: string; options: Option[]; many: boolean }) {
  const chosen = (code: number) => {
    const value = props.answers[props.variable];
    return props.many ? Array.isArray(value) && value.includes(code) : value === code;
  };
  const toggle = (option: Option) => {
    if (!props.many) return props.onChange({ [props.variable]: option.code });
    const value = props.answers[props.variable];
    const list = Array.isArray(value) ? value : [];
    const next = list.includes(option.code) ? list.filter((c) => c !== option.code)
      : option.exclusive ? [option.code] : [...list.filter((c) => !props.question.exclusiveCodes.includes(c)), option.code];
    props.onChange({ [props.variable]: next.length > 0 ? next : undefined });
  };
  return (
    <For each={props.options}>
      {(option) => (
        <>
          <label class="opt">
            <input type={props.many ? 'checkbox' : 'radio'} name={props.variable} checked={chosen(option.code)} onChange={() => toggle(option)} />
            <span>{option.label}</span>
          </label>
          <Show when={option.specify && chosen(option.code)}>
            <input type="text" aria-label={t('respond.other')} placeholder={t('respond.other')} value={text(props.answers, option.specify!.variable)}
              onInput={(e) => props.onChange({ [option.specify!.variable]: e.currentTarget.value || undefined })} />
          </Show>
        </>
      )}
    </For>
  );
}

export function Question(props: Props) {
  const q = () => props.question.question;
  const number = (raw: string) => {
    const value = Number(raw.replace(',', '.'));
    props.onChange({ [props.question.id]: raw.trim() === '' || Number.isNaN(value) ? undefined : value });
  };
  return (
    <div>
      <p class="q" id={`q-${props.question.id}`}>{q().text}</p>
      <Show when={q().hint}><p class="muted">{q().hint}</p></Show>
      {(() => {
        const question = q();
        switch (question.kind) {
          case 'single': return <Choices {...props} variable={question.variable} options={question.options} many={false} />;
          case 'multiple': return <Choices {...props} variable={question.variable} options={question.options} many />;
          case 'grid': return (
            <For each={question.rows}>
              {(row) => (
                <fieldset class="row">
                  <legend>{row.text}</legend>
                  <Choices {...props} variable={row.variable} options={question.options} many={false} />
                </fieldset>
              )}
            </For>
          );
          case 'number': return (
            <input type="text" inputmode="decimal" aria-labelledby={`q-${question.variable}`} value={text(props.answers, question.variable)}
              onInput={(e) => number(e.currentTarget.value)} />
          );
          case 'text': return (
            <textarea rows={4} aria-labelledby={`q-${question.variable}`} value={text(props.answers, question.variable)}
              onInput={(e) => props.onChange({ [question.variable]: e.currentTarget.value || undefined })} />
          );
          case 'date': return (
            <input type="date" aria-labelledby={`q-${question.variable}`} value={text(props.answers, question.variable)}
              onInput={(e) => props.onChange({ [question.variable]: e.currentTarget.value || undefined })} />
          );
          case 'note': case 'unit': return null;
        }
      })()}
    </div>
  );
}
