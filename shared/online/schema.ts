// Online self-completion's shapes (decision 0021): the admin's links per unit or per survey, what the respondent's
// page receives when it opens a link, what it sends, and the receipt. The page imports these as types only.
import * as z from 'zod/mini';
import { AnswersSchema } from '../survey/answer.ts';
import { QuestionnaireVersionSchema } from '../survey/questionnaire.ts';
import { SlugSchema, UnitNoSchema } from '../survey/survey.ts';

const Count = z.number().check(z.int(), z.nonnegative());

export const ONLINE_LINK_STATES = ['open', 'paused', 'retired'] as const;
export const OnlineLinkStateSchema = z.enum(ONLINE_LINK_STATES);
export type OnlineLinkState = z.infer<typeof OnlineLinkStateSchema>;

/** The respondent's page of a link token: `/r/<token>`, outside the enumerator app's service worker. */
export function respondentPath(token: string): string {
  return `/r/${token}`;
}

export const OnlineLinkSchema = z.object({
  id: z.number(),
  surveySlug: SlugSchema,
  /** null: the survey's link, where the respondent picks the unit from a list. */
  unitNo: z.nullable(UnitNoSchema),
  unitName: z.nullable(z.string()),
  label: z.string(),
  state: OnlineLinkStateSchema,
  /** The page's path (`/r/<token>`): the admin shares it, and its QR code. */
  path: z.string(),
  /** Submissions taken through it, and how many of those carry a flag (sync's or review's: late, same answers…). */
  submissions: Count,
  flagged: Count,
  createdAt: z.string(),
  createdBy: z.string(),
});
export type OnlineLink = z.infer<typeof OnlineLinkSchema>;

export const OnlineLinkListSchema = z.object({ links: z.array(OnlineLinkSchema) });
export const OnlineLinkResponseSchema = z.object({ link: OnlineLinkSchema });

export const CreateOnlineLinkRequestSchema = z.strictObject({
  surveySlug: SlugSchema,
  /** Absent: one link for the whole survey. */
  unitNo: z.optional(UnitNoSchema),
  label: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type CreateOnlineLinkRequest = z.infer<typeof CreateOnlineLinkRequestSchema>;

/** Pause (reopen later), reopen, or retire for good. */
export const SetOnlineLinkStateRequestSchema = z.strictObject({ state: OnlineLinkStateSchema });

const UnitChoiceSchema = z.object({ no: UnitNoSchema, name: z.string() });

/** What the page receives when it opens: enough for its first screen in one request. */
export const RespondentFormSchema = z.object({
  survey: z.object({ slug: SlugSchema, title: z.string(), purpose: z.string(), office: z.string() }),
  window: z.object({ start: z.string(), end: z.string() }),
  serverTime: z.string(),
  state: z.enum(['before', 'open', 'closed']),
  /** The link's unit, or null with `units` to choose from (the survey's link). */
  unit: z.nullable(UnitChoiceSchema),
  units: z.array(UnitChoiceSchema),
  /** The questionnaire, only while the window is open. */
  version: z.optional(QuestionnaireVersionSchema),
  minAge: z.nullable(z.object({ years: Count, variable: z.string() })),
  /** Signed by the server: when this page was first opened, by its clock (the grace period reads it). */
  ticket: z.string(),
});
export type RespondentForm = z.infer<typeof RespondentFormSchema>;

/** Opening a link again: the ticket kept from the first opening (a form started in the window, in its grace period). */
export const TicketQuerySchema = z.object({ ticket: z.optional(z.string().check(z.maxLength(200))) });

export const RespondentSubmissionSchema = z.strictObject({
  /** Made by the page once per questionnaire: a replay with the same id gets the same receipt. */
  id: z.uuid(),
  unitNo: UnitNoSchema,
  questionnaireVersion: z.number().check(z.int(), z.gte(1)),
  answers: AnswersSchema,
  ticket: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The device's clock when it started and when it sent (kept in the record, never trusted for the window). */
  startedAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }),
  /** A field no person sees: filled in, the submission is a robot's (answered as taken, stored nowhere). */
  website: z.optional(z.string()),
});
export type RespondentSubmission = z.infer<typeof RespondentSubmissionSchema>;

export const RespondentReceiptSchema = z.object({ id: z.uuid(), receivedAt: z.string() });
export type RespondentReceipt = z.infer<typeof RespondentReceiptSchema>;
