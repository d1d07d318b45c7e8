// What an account is shown of the surveys it may see: the list page and each survey's units.
import * as z from 'zod/mini';

const Count = z.number().check(z.int(), z.nonnegative());

export const UnitSummarySchema = z.object({
  no: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  quota: Count,
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const SurveySummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  fieldWindow: z.object({ start: z.string(), end: z.string() }),
  modes: z.array(z.string()),
  unitCount: Count,
  quotaTotal: Count,
  /** The units this account works on (every unit for an admin). */
  units: z.array(UnitSummarySchema),
});
export type SurveySummary = z.infer<typeof SurveySummarySchema>;

export const SurveyListResponseSchema = z.object({
  surveys: z.array(SurveySummarySchema),
  serverTime: z.string(),
});
export type SurveyListResponse = z.infer<typeof SurveyListResponseSchema>;
