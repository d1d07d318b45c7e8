// A grid: one answer per row on a shared scale (Câu 11.1 … 11.5). Each row is its own group of radio
// buttons with the row's paper number, so a phone shows it as a short list instead of a wide table.
import { For } from 'solid-js';
import type { Option } from '#shared/survey/questionnaire.ts';
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, MissingNote, QuestionText } from './Parts.tsx';

export default function GridQuestion(props: QuestionProps) {
  const q = () => props.question;
  const rows = () => (q().question.kind === 'grid' ? (q().question as { rows: { variable: string; paperNumber: string; text: string }[] }).rows : []);
  const options = (): Option[] => ('options' in q().question ? (q().question as { options: Option[] }).options : []);
  return (
    <fieldset class="question grid">
      <legend><QuestionText question={q()} /></legend>
      <Hint question={q()} />
      <For each={rows()}>
        {(row) => (
          <fieldset class="grid-row" aria-describedby={`issues-${row.variable}`}>
            <legend><span class="paper-number">{row.paperNumber}.</span> {row.text}</legend>
            <div class="choices scale">
              <For each={options()}>
                {(option) => (
                  <label class="choice" for={inputId(row.variable, option.code)}>
                    <input type="radio" id={inputId(row.variable, option.code)} name={row.variable} value={option.code}
                      checked={props.answers[row.variable] === option.code} disabled={props.readOnly}
                      onChange={() => props.onChange({ [row.variable]: option.code })} />
                    <span class="code">{option.code}</span>
                    <span>{option.label}</span>
                  </label>
                )}
              </For>
            </div>
            <MissingNote value={props.answers[row.variable]} />
            <Issues variable={row.variable} issues={props.issues} />
          </fieldset>
        )}
      </For>
    </fieldset>
  );
}
