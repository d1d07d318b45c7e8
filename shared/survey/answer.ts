// What one answer may hold, shared by the engine, the interview record and the exports.
// A declared missing code replaces an answer: -1 skipped by the path, -2 blank on paper, -3 illegible/several marks.
import * as z from 'zod/mini';

export const MISSING_CODES = [-1, -2, -3] as const;
export const SKIPPED = -1;
export const BLANK_ON_PAPER = -2;
export const ILLEGIBLE = -3;

export const MissingCodeSchema = z.union([z.literal(-1), z.literal(-2), z.literal(-3)]);
export type MissingCode = z.infer<typeof MissingCodeSchema>;

export const MissingAnswerSchema = z.strictObject({ missing: MissingCodeSchema });
export type MissingAnswer = z.infer<typeof MissingAnswerSchema>;

/** number: a single code or a number; number[]: codes of a multiple choice; string: text, date, unit, "other" text. */
export const AnswerValueSchema = z.union([
  z.number(),
  z.array(z.number().check(z.int())),
  z.string(),
  MissingAnswerSchema,
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/** Answers keyed by variable name (c7, c11_3, c3_other). */
export const AnswersSchema = z.record(z.string(), AnswerValueSchema);
export type Answers = z.infer<typeof AnswersSchema>;

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
