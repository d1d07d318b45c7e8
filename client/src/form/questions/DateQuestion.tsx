// A calendar date, kept as YYYY-MM-DD (the browser's date field shows it in the user's own format).
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, MissingNote, QuestionText } from './Parts.tsx';

export default function DateQuestion(props: QuestionProps) {
  const q = () => props.question;
  const value = () => props.answers[q().id];
  return (
    <div class="question">
      <label class="question-title" for={inputId(q().id)}><QuestionText question={q()} /></label>
      <Hint question={q()} />
      <input id={inputId(q().id)} type="date" value={typeof value() === 'string' ? (value() as string) : ''}
        min={q().minDate} max={q().maxDate} readOnly={props.readOnly} aria-describedby={`issues-${q().id}`}
        onInput={(event) => props.onChange({ [q().id]: event.currentTarget.value === '' ? undefined : event.currentTarget.value })} />
      <MissingNote value={value()} />
      <Issues variable={q().id} issues={props.issues} />
    </div>
  );
}
