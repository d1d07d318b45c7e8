// How one answer reads on the review page: the option label(s) as printed, a number or text, a date as
// dd/mm/yyyy, or a message key (not answered, left blank, a declared missing code, skipped by the path).
import type { MessageKey } from '../i18n/translate.ts';
import type { AnswerValue, Answers } from '../survey/answer.ts';
import { isEmptyAnswer, isMissingAnswer, SKIPPED } from '../survey/missing.ts';
import type { CompiledQuestion } from '../survey/compile.ts';
import { displayDate } from './read-date.ts';

export type ReviewAnswer =
  | { kind: 'message'; label: MessageKey }
  /** Chosen options with their printed labels (undefined for a code the question lacks) and any "other" text. */
  | { kind: 'options'; options: { code: number; label: string | undefined }[]; specify: string | undefined }
  | { kind: 'value'; value: string | number };

const MISSING_LABELS: Record<number, MessageKey> = {
  [-1]: 'survey.missing.skipped', [-2]: 'survey.missing.blank', [-3]: 'survey.missing.illegible',
};

export const SKIPPED_ANSWER: ReviewAnswer = { kind: 'message', label: MISSING_LABELS[SKIPPED]! };

export function reviewAnswer(q: CompiledQuestion, value: AnswerValue | undefined, answers: Answers): ReviewAnswer {
  if (isEmptyAnswer(value)) return { kind: 'message', label: q.required ? 'entry.review.not_answered' : 'entry.review.left_blank' };
  if (isMissingAnswer(value)) return { kind: 'message', label: MISSING_LABELS[value.missing] ?? 'entry.review.not_answered' };
  if (q.kind === 'date' && typeof value === 'string') return { kind: 'value', value: displayDate(value) };
  if (q.codes.size === 0 || (typeof value !== 'number' && !Array.isArray(value))) return { kind: 'value', value: value as string | number };
  const codes = Array.isArray(value) ? value : [value];
  const options = 'options' in q.question ? q.question.options : [];
  const specified = q.specify.find((s) => codes.includes(s.code));
  const text = specified ? answers[specified.variable] : undefined;
  return {
    kind: 'options',
    options: codes.map((code) => ({ code, label: options.find((o) => o.code === code)?.label })),
    specify: typeof text === 'string' ? text : undefined,
  };
}
