// Open text: every keystroke is saved (the draft store queues them in order), so a closed tab loses nothing.
import type { QuestionProps } from './types.ts';
import { inputId } from './types.ts';
import { Hint, Issues, MissingNote, QuestionText } from './Parts.tsx';

export default function TextQuestion(props: QuestionProps) {
  const q = () => props.question;
  const value = () => props.answers[q().id];
  return (
    <div class="question">
      <label class="question-title" for={inputId(q().id)}><QuestionText question={q()} /></label>
      <Hint question={q()} />
      <textarea id={inputId(q().id)} rows={5} maxLength={q().maxLength} value={typeof value() === 'string' ? (value() as string) : ''}
        readOnly={props.readOnly} aria-describedby={`issues-${q().id}`}
        onInput={(event) => props.onChange({ [q().id]: event.currentTarget.value === '' ? undefined : event.currentTarget.value })} />
      <MissingNote value={value()} />
      <Issues variable={q().id} issues={props.issues} />
    </div>
  );
}
