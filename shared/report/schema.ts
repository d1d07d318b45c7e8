// The outline of a Word report as the report page previews it: the document's numbered headings in order, how many
// interviews it counts, and the chosen cross-tabs the tabulation refused (named on the page; the rest is generated).
import * as z from 'zod/mini';

export const OutlineHeadingSchema = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** "I.", "1." or "a)", as printed before the text. */
  number: z.string(),
  text: z.string(),
});
export type OutlineHeading = z.infer<typeof OutlineHeadingSchema>;

export const RefusedCrosstabSchema = z.object({
  row: z.string(), by: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RefusedCrosstab = z.infer<typeof RefusedCrosstabSchema>;

export const ReportOutlineSchema = z.object({
  survey: z.string(),
  total: z.number().check(z.int(), z.nonnegative()),
  headings: z.array(OutlineHeadingSchema),
  refused: z.array(RefusedCrosstabSchema),
  /** The questions a report may hold, for the page's choice: variable and title. */
  questions: z.array(z.object({ variable: z.string(), title: z.string() })),
});
export type ReportOutline = z.infer<typeof ReportOutlineSchema>;
