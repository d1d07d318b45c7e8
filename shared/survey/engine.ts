// The questionnaire engine: given compiled questions and the answers so far, says which questions are on the
// path, which required answers are still missing, and what is wrong — as data. Pure and allocation-light.
// Answers of questions that went off the path are kept while drafting (`dormant`) so they come back if the
// path flips back; `finalizeAnswers` drops them at finish (writes -1) with one notice per dropped answer.
import type { AnswerValue, Answers } from './answer.ts';
import { isEmptyAnswer, isMissingAnswer, SKIPPED } from './missing.ts';
import { checkQuestion, type Collector } from './check-answer.ts';
import type { CompiledQuestionnaire } from './compile.ts';
import { evaluateExpression, type AnswerReader } from './evaluate-expression.ts';
import { DROPPED_NOTICE_CODE, type Issue, type Notice } from './issues.ts';

export type EvaluateContext = {
  /** The interview's unit ("07"); the unit question must hold it. */
  unitNo?: string;
  /** 'draft': unanswered required questions are listed in `missing` only; 'finish': they are also issues. */
  stage: 'draft' | 'finish';
};

export type Evaluation = {
  /** Ids of the questions on the path, in paper order (a grid by its own id, c11). */
  path: string[];
  /** Answer variables that are required, on the path and still empty. */
  missing: string[];
  issues: Issue[];
  /** Variables holding an answer that is currently off the path (kept while drafting). */
  dormant: string[];
};

// Per-question state during one walk; 0 = not reached yet (a forward reference reads the raw answer).
const ON = 1, OFF = 2;

/** True when the value is something a person typed that finishing would throw away. */
function holdsSomething(value: AnswerValue | undefined): boolean {
  if (isEmptyAnswer(value)) return false;
  return !(isMissingAnswer(value) && value.missing === SKIPPED);
}

/** Walks the questions in order; a relevance sees earlier off-path questions as empty, as XLSForm clears them. */
export function evaluate(compiled: CompiledQuestionnaire, answers: Answers, context: EvaluateContext): Evaluation {
  const { questions, questionIndexOf } = compiled;
  const state = new Uint8Array(questions.length);
  const read: AnswerReader = (name) => {
    const index = questionIndexOf.get(name);
    return index !== undefined && state[index] === OFF ? undefined : answers[name];
  };
  const path: string[] = [];
  const out: Collector = { issues: [], missing: [], dormant: [], finish: context.stage === 'finish', unitNo: context.unitNo };
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    if (q.relevant !== undefined && !evaluateExpression(q.relevant, read)) {
      state[i] = OFF;
      for (const name of q.answerVariables) if (holdsSomething(answers[name])) out.dormant.push(name);
      for (const s of q.specify) if (holdsSomething(answers[s.variable])) out.dormant.push(s.variable);
      continue;
    }
    state[i] = ON;
    path.push(q.id);
    checkQuestion(q, answers, out);
  }
  return { path, missing: out.missing, issues: out.issues, dormant: out.dormant };
}

export type Finalized = { answers: Answers; notices: Notice[]; evaluation: Evaluation };

/**
 * The answers as they are finished: every answer variable of an off-path question becomes -1 (skipped by the
 * path), an "other" text whose option is not chosen is removed, and each dropped answer yields a notice.
 * Returns a new object; the draft passed in is left as it was.
 */
export function finalizeAnswers(compiled: CompiledQuestionnaire, answers: Answers, context: Omit<EvaluateContext, 'stage'>): Finalized {
  const evaluation = evaluate(compiled, answers, { ...context, stage: 'finish' });
  const result: Answers = { ...answers };
  const notices: Notice[] = [];
  const onPath = new Set(evaluation.path);
  for (const name of evaluation.dormant) {
    const q = compiled.questions[compiled.questionIndexOf.get(name)!]!;
    const row = q.answerVariables.indexOf(name);
    const paperNumber = row >= 0 ? q.answerPaperNumbers[row]! : q.paperNumber;
    notices.push({ question: name, paperNumber, code: DROPPED_NOTICE_CODE, params: { paperNumber } });
  }
  const dropped = new Set(evaluation.dormant);
  for (const q of compiled.questions) {
    const off = !onPath.has(q.id);
    if (off) for (const name of q.answerVariables) result[name] = { missing: SKIPPED };
    // "Other" texts have no -1 of their own: an unused one is simply absent.
    for (const s of q.specify) if (off || dropped.has(s.variable)) delete result[s.variable];
  }
  return { answers: result, notices, evaluation: evaluate(compiled, result, { ...context, stage: 'finish' }) };
}
