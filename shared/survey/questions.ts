// Reading a questionnaire version: its questions in paper order and the default text lengths. Plain code without
// zod: the phone's form and the engine run it (questionnaire.ts holds the schema that checks a definition).
import type { Question, QuestionnaireVersion } from './questionnaire.ts';

/** Every question in paper order. */
export function questionsOf(version: QuestionnaireVersion): Question[] {
  return version.sections.flatMap((s) => s.questions);
}

export const DEFAULT_TEXT_MAX_LENGTH = 2000;
export const DEFAULT_SPECIFY_MAX_LENGTH = 500;
