// Where a reopened draft continues: the question last shown, if it is still on the path (or the next one on it,
// when an answer took it off); for a draft with none kept, the first question on the path still unanswered, or the
// end screen when every one is answered. The last question shown is kept beside the draft, never as an answer.
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { Answers } from '#shared/survey/answer.ts';
import { isEmptyAnswer } from '#shared/survey/missing.ts';
import { END, resolvePosition } from './navigation.ts';

export function resumePosition(compiled: CompiledQuestionnaire, path: readonly string[], answers: Answers, lastShown: string | undefined): string {
  if (lastShown !== undefined) return resolvePosition(compiled, path, lastShown);
  return path.find((id) => {
    const index = compiled.questionIndexOf.get(id);
    const question = index === undefined ? undefined : compiled.questions[index];
    return question !== undefined && question.answerVariables.some((name) => isEmptyAnswer(answers[name]));
  }) ?? END;
}
