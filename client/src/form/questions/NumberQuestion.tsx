// A number (an age, a count): typed as text so a half-typed "1," is never rejected by the browser; saved as a
// number the moment it is one, cleared when emptied, and a non-number is said at once and not saved.
import { createEffect, createSignal, on, Show } from 'solid-js';
import { isMissingAnswer } from '#shared/survey/missing.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, MissingNote, QuestionText } from './Parts.tsx';

export default function NumberQuestion(props: QuestionProps) {
  const { t } = useI18n();
  const q = () => props.question;
  const stored = props.answers[props.question.id];
  const [text, setText] = createSignal(typeof stored === 'number' ? String(stored) : '');
  const [notANumber, setNotANumber] = createSignal(false);
  // Follow a value that changes from outside (the draft finishing loading, another tab's saves while this one is
  // read-only) — never while the shown text already means that value (a half-typed "1," stays as typed).
  createEffect(on(() => props.answers[props.question.id], (value) => {
    const shown = text().trim().replace(',', '.');
    const same = typeof value === 'number' ? shown !== '' && Number(shown) === value : shown === '' || notANumber();
    if (!same) setText(typeof value === 'number' ? String(value) : '');
  }, { defer: true }));
  const unitLabel = () => {
    const question = q().question;
    return question.kind === 'number' ? question.unitLabel : undefined;
  };

  const input = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim().replace(',', '.');
    if (trimmed === '') {
      setNotANumber(false);
      return props.onChange({ [q().id]: undefined });
    }
    const value = Number(trimmed);
    setNotANumber(!Number.isFinite(value));
    if (Number.isFinite(value)) props.onChange({ [q().id]: value });
  };

  return (
    <div class="question">
      <label class="question-title" for={inputId(q().id)}><QuestionText question={q()} /></label>
      <Hint question={q()} />
      <div class="number-input">
        <input id={inputId(q().id)} type="text" inputmode="decimal" autocomplete="off" value={text()}
          readOnly={props.readOnly} aria-invalid={notANumber() || undefined} aria-describedby={`issues-${q().id} nan-${q().id}`}
          onInput={(event) => input(event.currentTarget.value)} />
        <Show when={unitLabel()}>{(label) => <span>{label()}</span>}</Show>
      </div>
      <Show when={notANumber()}><p class="issues" id={`nan-${q().id}`} role="alert">{t('device.form.notANumber')}</p></Show>
      <Show when={isMissingAnswer(props.answers[q().id])}><MissingNote value={props.answers[q().id]} /></Show>
      <Issues variable={q().id} issues={props.issues} />
    </div>
  );
}
