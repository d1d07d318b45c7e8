// What a device keeps to work offline for a field week: its account, and for each survey it works on the
// survey (with the units it may see), every published questionnaire version, and the quota counts of its units.
import * as z from 'zod/mini';
import { AccountSchema, AssignmentSchema } from '../accounts/schema.ts';
import { QuestionnaireVersionSchema } from '../survey/questionnaire.ts';
import { SerialRangeSchema, SurveySchema } from '../survey/survey.ts';
import { SURVEY_STATES } from '../survey/survey-state.ts';
import { UnitCountsSchema } from '../quota/counts.ts';
import { ServerHandoverKeySchema } from '../handover/schema.ts';
import { InterviewSchema, InterviewStatusSchema } from '../interview/schema.ts';
import { ReceiptFlagSchema } from '../interview/receipt.ts';

/**
 * Serials the server holds in one unit, grouped by who sent them and on which day: `serials` is written as runs
 * ("0701-0712,0715", shared/interview/serial-runs.ts); `by` is the sender's display name, `on` the day received
 * (YYYY-MM-DD, Asia/Ho_Chi_Minh). Only interviews that count (not practice, voided or rejected) hold a serial.
 */
export const HeldSerialsSchema = z.object({ serials: z.string(), by: z.string(), on: z.string() });
export type HeldSerials = z.infer<typeof HeldSerialsSchema>;

export const DeviceSurveySchema = z.object({
  survey: SurveySchema,
  /** Published versions, oldest first: a draft finishes on the version it started on; new interviews use the newest. */
  versions: z.array(QuestionnaireVersionSchema),
  /** Counts of the units in `survey.units` as the server knew them at `serverTime`. */
  counts: z.array(UnitCountsSchema),
  /**
   * Days a synced interview may stay on the device after it was synced; absent: until the field window closes.
   * Optional, so servers and apps from before the sync issue still understand each other.
   */
  retentionDays: z.optional(z.number().check(z.int(), z.gte(0))),
  /**
   * The survey's lifecycle state (decision 0012): a device starts new interviews only in an open survey; in a
   * closed or archived one it finishes and uploads what it holds. Absent from older servers: open.
   */
  state: z.optional(z.enum(SURVEY_STATES)),
  /** Each visible unit's paper serial range by unit number (shared/interview/serial.ts unitSerialRange). */
  serialRanges: z.optional(z.record(z.string(), SerialRangeSchema)),
  /**
   * Per visible unit (by number), the serials the server holds, from any device: the device suggests and accepts
   * only serials not in them. Absent from older servers: the device knows only its own serials.
   */
  heldSerials: z.optional(z.record(z.string(), z.array(HeldSerialsSchema))),
});
export type DeviceSurvey = z.infer<typeof DeviceSurveySchema>;

/** An interview of this account the admin returned for correction: the server's record and the admin's comment. */
export const ReturnedInterviewSchema = z.object({
  /** The record as the server holds it (its `revision` is the server's). */
  interview: InterviewSchema,
  comment: z.string(),
  returnedAt: z.string(),
});
export type ReturnedInterview = z.infer<typeof ReturnedInterviewSchema>;

/**
 * One interview of this account as the server holds it now: its status and flags, which change after the
 * receipt (a duplicate serial keyed later on another device, a review), for the device's sent list.
 */
export const HeldInterviewSchema = z.object({
  id: z.uuid(),
  surveySlug: z.string(),
  unitNo: z.string(),
  serial: z.nullable(z.string()),
  status: InterviewStatusSchema,
  flags: z.array(ReceiptFlagSchema),
  receivedAt: z.string(),
});
export type HeldInterview = z.infer<typeof HeldInterviewSchema>;

export const DeviceStateSchema = z.object({
  account: AccountSchema,
  assignments: z.array(AssignmentSchema),
  surveys: z.array(DeviceSurveySchema),
  serverTime: z.string(),
  /** Interviews with server status needs_correction (optional: older servers do not send it). */
  returned: z.optional(z.array(ReturnedInterviewSchema)),
  /** The key hand-over files are encrypted to (docs/sync-protocol.md §9; optional: older servers have none). */
  handoverKey: z.optional(ServerHandoverKeySchema),
  /**
   * The account's interviews in the surveys above that are flagged or not plainly received; a sent interview of
   * those surveys not listed is received without flags (optional: older servers do not send it).
   */
  held: z.optional(z.array(HeldInterviewSchema)),
});
export type DeviceState = z.infer<typeof DeviceStateSchema>;
