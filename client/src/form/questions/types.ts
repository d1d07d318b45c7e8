// The contract between the interview screen and one question component: the compiled question, the answers so
// far, and `onChange` with a patch of answers (undefined clears one). Components render and report; saving is
// the draft session's job.
import type { Answers } from '#shared/survey/answer.ts';
import type { CompiledQuestion } from '#shared/survey/compile.ts';
import type { Issue } from '#shared/survey/issues.ts';
import type { AnswerPatch } from '../../db/drafts.ts';

export type QuestionProps = {
  question: CompiledQuestion;
  answers: Answers;
  unitNo: string;
  unitName: string;
  readOnly: boolean;
  /** Issues the engine found in this question's answers (shown once something is answered). */
  issues: Issue[];
  onChange: (patch: AnswerPatch) => void;
};

/** The DOM id of an answer variable's input, so labels, issues and links can point at it. */
export function inputId(variable: string, code?: number): string {
  return code === undefined ? `q-${variable}` : `q-${variable}-${code}`;
}
