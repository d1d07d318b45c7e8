// The coding of free texts as the API carries it (issue 21): a variable's codes, and a request assigning texts
// (a group's variants) to an existing code or to a new one named by its label. The texts are stored folded beside
// the interviews, whose own texts never change (migration 2026-12-03-08, decision 0017).
import * as z from 'zod/mini';

const Code = z.number().check(z.int(), z.positive(), z.lte(9999));

/** A code a text may take: one of the question's own options (`fromQuestion`) or one the coders added. */
export const TextCodeSchema = z.object({ code: Code, label: z.string(), fromQuestion: z.boolean() });
export type TextCode = z.infer<typeof TextCodeSchema>;

/** Exactly one of `code` (an existing code) and `newLabel` (a new code, numbered after the largest one). */
export const CodingRequestSchema = z.strictObject({
  variable: z.string().check(z.minLength(1), z.maxLength(64)),
  texts: z.array(z.string().check(z.maxLength(2000))).check(z.minLength(1), z.maxLength(2000)),
  code: z.optional(Code),
  newLabel: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
});
export type CodingRequest = z.infer<typeof CodingRequestSchema>;

export const CodingResponseSchema = z.object({
  variable: z.string(), code: Code, label: z.string(),
  /** Distinct folded texts now carrying the code. */
  texts: z.number().check(z.int(), z.nonnegative()),
});
export type CodingResponse = z.infer<typeof CodingResponseSchema>;
