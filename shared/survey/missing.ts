// The declared missing codes that replace an answer (-1 skipped by the path, -2 blank on paper, -3 illegible or
// several marks), and what counts as no answer at all. Plain code without zod: the phone's form runs it.
import type { AnswerValue, MissingAnswer } from './answer.ts';

export const MISSING_CODES = [-1, -2, -3] as const;
export const SKIPPED = -1;
export const BLANK_ON_PAPER = -2;
export const ILLEGIBLE = -3;

export function isMissingAnswer(value: unknown): value is MissingAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'missing' in value;
}

/** Nothing typed: absent, an empty or blank string, an empty selection. Declared missing codes are not "empty". */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
