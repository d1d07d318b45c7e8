// Several choices, each with its paper code. Ticking an exclusive option ("none of these") clears the others,
// and ticking another clears it; the engine still checks the maximum and says so beside the question.
import { For } from 'solid-js';
import type { Option } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, MissingNote, QuestionText, SpecifyBox } from './Parts.tsx';

export default function MultipleQuestion(props: QuestionProps) {
  const { t } = useI18n();
  const q = () => props.question;
  const value = () => props.answers[q().id];
  const chosen = (): number[] => (Array.isArray(value()) ? (value() as number[]) : []);
  const options = (): Option[] => ('options' in q().question ? (q().question as { options: Option[] }).options : []);

  const toggle = (code: number, on: boolean) => {
    const exclusive = q().exclusiveCodes;
    let next = on ? [...chosen().filter((c) => c !== code), code] : chosen().filter((c) => c !== code);
    if (on) next = exclusive.includes(code) ? [code] : next.filter((c) => !exclusive.includes(c));
    next.sort((a, b) => a - b);
    props.onChange({ [q().id]: next.length ? next : undefined });
  };

  return (
    <fieldset class="question" aria-describedby={`issues-${q().id}`}>
      <legend><QuestionText question={q()} /></legend>
      <Hint question={q()} />
      {q().max !== undefined && <p class="hint">{t('device.form.chooseUpTo', { max: q().max! })}</p>}
      <div class="choices">
        <For each={options()}>
          {(option) => (
            <label class="choice" for={inputId(q().id, option.code)}>
              <input type="checkbox" id={inputId(q().id, option.code)} name={q().id} value={option.code}
                checked={chosen().includes(option.code)} disabled={props.readOnly}
                onChange={(event) => toggle(option.code, event.currentTarget.checked)} />
              <span class="code">{option.code}</span>
              <span>{option.label}</span>
            </label>
          )}
        </For>
      </div>
      <MissingNote value={value()} />
      <Issues variable={q().id} issues={props.issues} />
      <For each={q().specify.filter((s) => chosen().includes(s.code))}>
        {(s) => (
          <SpecifyBox variable={s.variable} value={props.answers[s.variable]} readOnly={props.readOnly} issues={props.issues}
            onInput={(text) => props.onChange({ [s.variable]: text === '' ? undefined : text })} />
        )}
      </For>
    </fieldset>
  );
}
