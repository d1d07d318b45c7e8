// One interview as the device keeps it and the server stores it: who keyed it where, on which questionnaire
// version, its answers (declared missing codes included), device-clock times, revision and review status.
import * as z from 'zod/mini';
import { SERIAL_PATTERN } from './serial.ts';
import { AnswersSchema } from '../survey/answer.ts';
import { SlugSchema, SurveyModeSchema, UnitNoSchema } from '../survey/survey.ts';

/** Draft and finished live on the device; received, approved, needs_correction and rejected are the server's. */
export const INTERVIEW_STATUSES = ['draft', 'finished', 'received', 'approved', 'needs_correction', 'rejected'] as const;
export const InterviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof InterviewStatusSchema>;

/** An instant as the device's clock read it, with its offset (UTC "Z" or "+07:00"). */
export const InstantSchema = z.iso.datetime({ offset: true });

/** Paper serial: the unit's number then a sequence, digits only, leading zeros kept ("0701"). */
export const SerialSchema = z.string().check(z.regex(SERIAL_PATTERN, 'serial'));

const Int = z.number().check(z.int());
const Count = z.number().check(z.int(), z.nonnegative());

export const KeyingStatsSchema = z.strictObject({
  keys: Count,
  corrections: Count,
  seconds: z.number().check(z.nonnegative()),
  verified: z.boolean(),
});
export type KeyingStats = z.infer<typeof KeyingStatsSchema>;

export const InterviewSchema = z.strictObject({
  id: z.uuid(),
  surveySlug: SlugSchema,
  questionnaireVersion: z.number().check(z.int(), z.gte(1)),
  mode: SurveyModeSchema,
  /** 'interview': answered on the device face to face; 'paper': keyed afterwards from a paper form. */
  entry: z.enum(['interview', 'paper']),
  serial: z.optional(SerialSchema),
  unitNo: UnitNoSchema,
  accountId: z.number().check(z.int(), z.positive()),
  deviceId: z.uuid(),
  paper: z.optional(z.strictObject({
    interviewerName: z.string().check(z.trim(), z.minLength(1)),
    interviewDate: z.iso.date(),
  })),
  answers: AnswersSchema,
  times: z.strictObject({
    startedAt: InstantSchema,
    updatedAt: InstantSchema,
    finishedAt: z.optional(InstantSchema),
  }),
  /** server clock − device clock, measured at sync, so device times can be corrected without trusting them. */
  clockOffsetMs: z.optional(Int),
  revision: z.number().check(z.int(), z.gte(1)),
  /** The revision this one was edited from (the server's last known); null for a brand-new interview. */
  baseRevision: z.nullable(z.number().check(z.int(), z.gte(0))),
  status: InterviewStatusSchema,
  /** Voiding is possible from any status and keeps the record (for the audit trail) with its reason. */
  voided: z.optional(z.strictObject({ reason: z.string().check(z.trim(), z.minLength(1)), at: InstantSchema })),
  /** Practice interviews are kept apart: never counted toward a quota, never exported. */
  practice: z.boolean(),
  /**
   * How a paper form was keyed, for supervising key entry: keys pressed, corrections (keys that took back what
   * was keyed), seconds from its first key to its last (a monotonic clock), and whether the verify screen was
   * accepted. Optional: interview-mode records and records from before it have none.
   */
  keying: z.optional(KeyingStatsSchema),
  /**
   * A second keying of a paper form already keyed (the survey's double keying, decision 0019): never counted
   * toward the quota, never a duplicate serial; the server pairs it with the first keying by another account.
   */
  secondKeying: z.optional(z.literal(true)),
}).check(z.superRefine((interview, ctx) => {
  // Direct interviews carry the serial printed on the form; online self-completion has none. A serial that does
  // not match the unit is not refused here (nothing typed is lost): see isSerialForUnit, checked at receipt.
  if (interview.mode === 'direct' && interview.serial === undefined) {
    ctx.addIssue({ code: 'custom', path: ['serial'], message: 'serial_required' });
  }
  // The footer (interviewer, date) is keyed last: a paper draft may lack it, a finished form may not.
  if (interview.entry === 'paper' && interview.paper === undefined && interview.status !== 'draft') {
    ctx.addIssue({ code: 'custom', path: ['paper'], message: 'paper_details_required' });
  }
}));
export type Interview = z.infer<typeof InterviewSchema>;
