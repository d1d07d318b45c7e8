// What the quota dashboards receive: raw counts and targets only, never answers. Every figure shown from them
// (progress, totals, cells) is computed by shared/quota, on the screen and in the exports alike.
import * as z from 'zod/mini';
import { SlugSchema, SurveyModeSchema, UnitNoSchema } from '../survey/survey.ts';

import { CellCountsSchema, CountsSchema } from '../quota/counts.ts';

export { CellCountsSchema, CountsSchema };

const Count = z.number().check(z.int(), z.nonnegative());

/** The single-choice question that splits each unit's target, with its options as printed. */
export const SubQuotaQuestionSchema = z.object({
  variable: z.string(),
  paperNumber: z.string(),
  text: z.string(),
  options: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type SubQuotaQuestion = z.infer<typeof SubQuotaQuestionSchema>;

const SurveyHeadSchema = z.object({ slug: SlugSchema, title: z.string(), modes: z.array(SurveyModeSchema) });

const UnitHeadSchema = z.object({ no: UnitNoSchema, name: z.string(), kind: z.string(), target: Count });

/** One unit's figures: counted interviews (all, by mode, by sub-quota cell) and what waits on devices. */
export const UnitFiguresSchema = z.extend(UnitHeadSchema, {
  counts: CountsSchema,
  byMode: z.record(z.string(), CountsSchema),
  waiting: Count,
  cellTargets: z.record(z.string(), Count),
  cells: CellCountsSchema,
});
export type UnitFigures = z.infer<typeof UnitFiguresSchema>;

export const ProvinceDashboardSchema = z.object({
  survey: SurveyHeadSchema,
  subQuota: z.nullable(SubQuotaQuestionSchema),
  units: z.array(UnitFiguresSchema),
  asOf: z.string(),
});
export type ProvinceDashboard = z.infer<typeof ProvinceDashboardSchema>;

/** One unit's progress page (unit board, admin, share link): by day and by enumerator, no answers. */
export const UnitDashboardSchema = z.object({
  survey: SurveyHeadSchema,
  subQuota: z.nullable(SubQuotaQuestionSchema),
  unit: UnitFiguresSchema,
  /** Days in Asia/Ho_Chi_Minh (YYYY-MM-DD), oldest first; '' holds interviews with no known day. */
  byDay: z.array(z.object({ day: z.string(), counts: CountsSchema })),
  byEnumerator: z.array(z.object({ name: z.string(), counts: CountsSchema })),
  /** Interviews returned to their enumerators for correction and not handed in again (issue 20). */
  returned: z.number().check(z.int(), z.nonnegative()),
  /** The survey lets unit boards see their own unit's results (issue 21): the unit page links them. Not on share pages. */
  resultsShared: z.optional(z.boolean()),
  asOf: z.string(),
});
export type UnitDashboard = z.infer<typeof UnitDashboardSchema>;

export const ShareLinkSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  surveySlug: z.string(),
  unitNo: z.string(),
  unitName: z.string(),
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.nullable(z.string()),
});
export type ShareLink = z.infer<typeof ShareLinkSchema>;

export const ShareLinkListSchema = z.object({ links: z.array(ShareLinkSchema) });
export type ShareLinkList = z.infer<typeof ShareLinkListSchema>;

export const CreateShareLinkRequestSchema = z.object({
  surveySlug: SlugSchema,
  unitNo: UnitNoSchema,
  label: z._default(z.string().check(z.trim(), z.maxLength(120)), ''),
});
export type CreateShareLinkRequest = z.input<typeof CreateShareLinkRequestSchema>;

/** The token is shown once, at creation: the server keeps only its hash. */
export const CreatedShareLinkSchema = z.object({ link: ShareLinkSchema, token: z.string(), path: z.string() });
export type CreatedShareLink = z.infer<typeof CreatedShareLinkSchema>;

export const ShareLinkResponseSchema = z.object({ link: ShareLinkSchema });
export type ShareLinkResponse = z.infer<typeof ShareLinkResponseSchema>;

/** The page a share link opens. */
export function sharePath(token: string): string {
  return `/share/${token}`;
}
