// One choice among the printed options, each shown with its paper code; an "other" option opens its text box.
import { For, Show } from 'solid-js';
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, MissingNote, QuestionText, SpecifyBox } from './Parts.tsx';

export default function SingleQuestion(props: QuestionProps) {
  const q = () => props.question;
  const value = () => props.answers[q().id];
  const options = () => ('options' in q().question ? (q().question as { options: { code: number; label: string }[] }).options : []);
  const specify = () => q().specify.find((s) => s.code === value());
  return (
    <fieldset class="question" aria-describedby={`issues-${q().id}`}>
      <legend><QuestionText question={q()} /></legend>
      <Hint question={q()} />
      <div class="choices">
        <For each={options()}>
          {(option) => (
            <label class="choice" for={inputId(q().id, option.code)}>
              <input type="radio" id={inputId(q().id, option.code)} name={q().id} value={option.code}
                checked={value() === option.code} disabled={props.readOnly}
                onChange={() => props.onChange({ [q().id]: option.code })} />
              <span class="code">{option.code}</span>
              <span>{option.label}</span>
            </label>
          )}
        </For>
      </div>
      <MissingNote value={value()} />
      <Issues variable={q().id} issues={props.issues} />
      <Show when={specify()}>
        {(s) => (
          <SpecifyBox variable={s().variable} value={props.answers[s().variable]} readOnly={props.readOnly} issues={props.issues}
            onInput={(text) => props.onChange({ [s().variable]: text === '' ? undefined : text })} />
        )}
      </Show>
    </fieldset>
  );
}
