// What one answer may hold, shared by the engine, the interview record and the exports.
// A declared missing code replaces an answer: -1 skipped by the path, -2 blank on paper, -3 illegible/several marks.
// The codes themselves and the checks on an answer are in missing.ts (zod-free: the phone runs them).
import * as z from 'zod/mini';

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
