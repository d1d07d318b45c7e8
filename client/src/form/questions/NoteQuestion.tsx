// A note read to the respondent: no answer.
import type { QuestionProps } from './types.ts';
import { Hint, QuestionText } from './Parts.tsx';

export default function NoteQuestion(props: QuestionProps) {
  return (
    <div class="question note">
      <p class="question-title"><QuestionText question={props.question} /></p>
      <Hint question={props.question} />
    </div>
  );
}
