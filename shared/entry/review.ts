// The review page as data: the interview laid out like the paper form (sections, each question with its paper
// number, text and answer), every problem the engine finds at finish attached to its question, and a flat
// list in paper order for the "problems" panel, each with the anchor of its question and the slot to key.
import type { MessageParams } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { SurveyMode } from '../survey/survey.ts';
import type { Answers } from '../survey/answer.ts';
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { evaluate, finalizeAnswers } from '../survey/engine.ts';
import type { Issue, Notice } from '../survey/issues.ts';
import type { EntryMessage } from './message.ts';
import { displayDate } from './read-date.ts';
import { reviewAnswer, SKIPPED_ANSWER, type ReviewAnswer } from './review-answer.ts';
import { INTERVIEW_DATE_SLOT, INTERVIEWER_SLOT, SERIAL_SLOT } from './slot.ts';

export type ReviewInput = {
  answers: Answers;
  unitNo: string;
  mode: SurveyMode;
  entry: 'interview' | 'paper';
  serial?: string | undefined;
  paper?: { interviewerName?: string | undefined; interviewDate?: string | undefined } | undefined;
};

export type ReviewProblem = {
  /** The element id of the question on the review page ("q-c11"), or of the header field ("serial"). */
  anchor: string;
  /** The keying slot to focus to fix it: the answer variable (c11_3, c3_other), 'serial', 'interviewer', 'interview_date'. */
  slot: string;
  paperNumber: string;
  code: MessageKey;
  params: MessageParams;
};

export type ReviewRow = { variable: string; paperNumber: string; text: string; answer: ReviewAnswer };
export type ReviewQuestion = {
  id: string; anchor: string; paperNumber: string; text: string; onPath: boolean;
  /** One row per answer variable: the question itself, or each line of a grid; none for a note. */
  rows: ReviewRow[];
  problems: ReviewProblem[];
};
export type Review = {
  header: { serial: string | undefined; interviewerName: string | undefined; interviewDate: string | undefined; problems: ReviewProblem[] };
  sections: { title: string; questions: ReviewQuestion[] }[];
  /** Every problem in paper order: header first, then question by question. */
  problems: ReviewProblem[];
  /** Answers that finishing will drop because their question went off the path (survey.notice.dropped_off_path). */
  dropped: Notice[];
};

export const anchorOf = (questionId: string): string => `q-${questionId}`;

function headerProblems(input: ReviewInput, serialProblem: EntryMessage | null | undefined): ReviewProblem[] {
  const out: ReviewProblem[] = [];
  const add = (slot: string, code: MessageKey, params: MessageParams = {}) => out.push({ anchor: slot, slot, paperNumber: '', code, params });
  if (input.mode === 'direct' && !input.serial) add(SERIAL_SLOT, 'entry.review.serial_required');
  if (serialProblem) add(SERIAL_SLOT, serialProblem.code, serialProblem.params);
  if (input.entry === 'paper' && !input.paper?.interviewerName?.trim()) add(INTERVIEWER_SLOT, 'entry.review.interviewer_required');
  if (input.entry === 'paper' && !input.paper?.interviewDate) add(INTERVIEW_DATE_SLOT, 'entry.review.interview_date_required');
  return out;
}

function issueProblem(compiled: CompiledQuestionnaire, issue: Issue): ReviewProblem {
  const q = compiled.questions[compiled.questionIndexOf.get(issue.question)!]!;
  return { anchor: anchorOf(q.id), slot: issue.question, paperNumber: issue.paperNumber, code: issue.code as MessageKey, params: issue.params };
}

/** `serialProblem`: the result of serialInUse for this interview, when the caller has the device's interviews. */
export function reviewOf(compiled: CompiledQuestionnaire, input: ReviewInput, serialProblem?: EntryMessage | null): Review {
  const { answers, unitNo } = input;
  const evaluation = evaluate(compiled, answers, { unitNo, stage: 'finish' });
  const onPath = new Set(evaluation.path);
  const byQuestion = new Map<string, ReviewProblem[]>();
  for (const issue of evaluation.issues) {
    const problem = issueProblem(compiled, issue);
    const list = byQuestion.get(problem.anchor) ?? [];
    list.push(problem);
    byQuestion.set(problem.anchor, list);
  }
  const sections = compiled.version.sections.map((section) => ({
    title: section.title,
    questions: section.questions.map((question): ReviewQuestion => {
      const q = compiled.questions[compiled.questionIndexOf.get(question.variable)!]!;
      const on = onPath.has(q.id);
      const rowTexts = question.kind === 'grid' ? question.rows.map((r) => r.text) : [question.text];
      return {
        id: q.id, anchor: anchorOf(q.id), paperNumber: q.paperNumber, text: question.text, onPath: on,
        rows: q.answerVariables.map((variable, i) => ({
          variable, paperNumber: q.answerPaperNumbers[i]!, text: rowTexts[i]!,
          answer: on ? reviewAnswer(q, answers[variable], answers) : SKIPPED_ANSWER,
        })),
        problems: byQuestion.get(anchorOf(q.id)) ?? [],
      };
    }),
  }));
  const header = headerProblems(input, serialProblem);
  const interviewDate = input.paper?.interviewDate;
  return {
    header: {
      serial: input.serial, interviewerName: input.paper?.interviewerName,
      interviewDate: interviewDate ? displayDate(interviewDate) : undefined, problems: header,
    },
    sections,
    problems: [...header, ...sections.flatMap((s) => s.questions.flatMap((q) => q.problems))],
    dropped: finalizeAnswers(compiled, answers, { unitNo }).notices,
  };
}

/** Finish is allowed only when the review lists no problem at all. */
export function canFinish(review: Review): boolean {
  return review.problems.length === 0;
}
