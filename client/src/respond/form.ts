// The questionnaire one question per screen, through the shared engine: which questions are on the path now (the
// age question first, the unit question filled in and never shown), what is wrong with the one on screen, and
// the answers as finished. Plain functions over the engine: the components only render what these say.
import { compileQuestionnaire, type CompiledQuestion, type CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate, finalizeAnswers } from '#shared/survey/engine.ts';
import type { Answers } from '#shared/survey/answer.ts';
import type { Issue } from '#shared/survey/issues.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';

export type Form = { compiled: CompiledQuestionnaire; unitNo: string; ageVariable: string | undefined };

export function makeForm(version: QuestionnaireVersion, unitNo: string, ageVariable: string | undefined): Form {
  return { compiled: compileQuestionnaire(version), unitNo, ageVariable };
}

/** The unit question holds the link's (or the chosen) unit: filled in before the first screen. */
export function withUnit(form: Form, answers: Answers): Answers {
  const unit = form.compiled.questions.find((q) => q.kind === 'unit');
  return unit ? { ...answers, [unit.id]: form.unitNo } : answers;
}

/** The questions to show, in order, for the answers so far. */
export function screens(form: Form, answers: Answers): CompiledQuestion[] {
  const { compiled } = form;
  const onPath = evaluate(compiled, answers, { unitNo: form.unitNo, stage: 'draft' }).path
    .map((id) => compiled.questions[compiled.questionIndexOf.get(id)!]!)
    .filter((q) => q.kind !== 'unit');
  const age = onPath.filter((q) => q.id === form.ageVariable);
  return [...age, ...onPath.filter((q) => q.id !== form.ageVariable)];
}

/** What is wrong with one question's answers, required ones included. */
export function issuesOf(form: Form, answers: Answers, question: CompiledQuestion): Issue[] {
  const mine = new Set([...question.answerVariables, ...question.specify.map((s) => s.variable)]);
  return evaluate(form.compiled, answers, { unitNo: form.unitNo, stage: 'finish' }).issues.filter((issue) => mine.has(issue.question));
}

/** The answers to send (off-path answers become -1), or the issues that still stand. */
export function finish(form: Form, answers: Answers): { answers: Answers; issues: Issue[] } {
  const done = finalizeAnswers(form.compiled, answers, { unitNo: form.unitNo });
  return { answers: done.answers, issues: done.evaluation.issues };
}
