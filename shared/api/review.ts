// Bodies of the review routes (issue 20, decision 0019): the interviews table's filtered keyset pages, one
// interview's detail with its flags and history, review actions, flag decisions, corrections, bulk approval, the
// same-answers check and the paper serial registry.
import * as z from 'zod/mini';
import { KeyingStatsSchema } from '../interview/schema.ts';
import { FLAG_DECISIONS, REVIEW_ACTIONS, REVIEW_FLAGS } from '../interview/review.ts';
import { AnswersSchema, AnswerValueSchema } from '../survey/answer.ts';
import { SurveyModeSchema, UnitNoSchema } from '../survey/survey.ts';

const Int = z.number().check(z.int());
const Count = z.number().check(z.int(), z.nonnegative());
const Digits = z.string().check(z.regex(/^[1-9][0-9]{0,9}$/));

export const ServerStatusSchema = z.enum(['received', 'approved', 'needs_correction', 'rejected']);
export const ReviewFlagSchema = z.enum(REVIEW_FLAGS);
export const ReviewSortSchema = z.enum(['arrival', 'serial', 'unit_serial']);
export type ReviewSort = z.infer<typeof ReviewSortSchema>;

export const ReviewListQuerySchema = z.object({
  unit: z.optional(UnitNoSchema),
  /** The enumerator (account id) and device that handed it in. */
  account: z.optional(Digits),
  device: z.optional(z.uuid()),
  /** The interview's day in Asia/Ho_Chi_Minh (the paper's date for a paper form). */
  day: z.optional(z.iso.date()),
  mode: z.optional(SurveyModeSchema),
  entry: z.optional(z.enum(['interview', 'paper'])),
  status: z.optional(ServerStatusSchema),
  /** One flag still open, `any` open flag, or `none` open. */
  flag: z.optional(z.enum([...REVIEW_FLAGS, 'any', 'none'])),
  version: z.optional(Digits),
  /** The paper serials beginning with these digits. */
  serial: z.optional(z.string().check(z.regex(/^\d{1,10}$/))),
  sort: z.optional(ReviewSortSchema),
  /** The `next` of the previous page. */
  after: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,400}$/))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9][0-9]|1[0-9][0-9]|200)$/))),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>;

export const ReviewItemSchema = z.object({
  id: z.uuid(),
  unitNo: z.string(),
  serial: z.nullable(z.string()),
  accountId: Int,
  username: z.string(),
  deviceId: z.string(),
  mode: SurveyModeSchema,
  entry: z.enum(['interview', 'paper']),
  status: ServerStatusSchema,
  questionnaireVersion: Int,
  interviewDay: z.nullable(z.string()),
  receivedAt: z.string(),
  practice: z.boolean(),
  voided: z.boolean(),
  /** With `version`, what an action on it must name (optimistic concurrency). */
  revision: Int,
  version: Count,
  /** A second keying of a paper form (double keying): never counted; reconciled with its first keying. */
  secondKeying: z.boolean(),
  /** Flags still open, and the ones a decision resolved. */
  flags: z.array(ReviewFlagSchema),
  resolvedFlags: z.array(ReviewFlagSchema),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewListResponseSchema = z.object({
  items: z.array(ReviewItemSchema),
  /**
   * On the first page only (null on the next ones). Exact when the quota counters can count the filters (unit,
   * mode, status, open flags, day, enumerator), else counted up to 10,000: past it `exact` is false.
   */
  total: z.nullable(z.object({ count: Count, exact: z.boolean() })),
  next: z.nullable(z.string()),
});
export type ReviewListResponse = z.infer<typeof ReviewListResponseSchema>;

export const FlagStateSchema = z.object({
  flag: ReviewFlagSchema,
  /** The other interviews of a duplicate serial or of the same answers. */
  mates: z.array(z.uuid()),
  decision: z.nullable(z.object({
    decision: z.enum(FLAG_DECISIONS), reason: z.string(), username: z.string(), at: z.string(), revision: Int,
  })),
});
export type FlagState = z.infer<typeof FlagStateSchema>;

export const AnswerChangeSchema = z.object({
  variable: z.string(), before: z.nullable(AnswerValueSchema), after: z.nullable(AnswerValueSchema),
});

export const HistoryEntrySchema = z.union([
  z.object({
    kind: z.literal('revision'), revision: Int, at: z.string(),
    /** Who made it: the enumerator's account for a device's revision, the admin's for a correction. */
    username: z.string(), reason: z.nullable(z.string()), changes: z.array(AnswerChangeSchema),
  }),
  z.object({
    kind: z.literal('review'), action: z.enum([...REVIEW_ACTIONS, 'correct']), fromStatus: z.string(), toStatus: z.string(),
    revision: Int, comment: z.nullable(z.string()), username: z.string(), at: z.string(),
  }),
]);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const ReviewDetailSchema = z.object({
  interview: ReviewItemSchema,
  answers: AnswersSchema,
  paper: z.nullable(z.object({ interviewerName: z.string(), interviewDate: z.string() })),
  keying: z.nullable(KeyingStatsSchema),
  times: z.object({ startedAt: z.string(), updatedAt: z.string(), finishedAt: z.nullable(z.string()) }),
  /** The comment sent with the last return for correction. */
  comment: z.nullable(z.string()),
  flags: z.array(FlagStateSchema),
  /** Oldest first: every revision with what changed, and every review action. */
  history: z.array(HistoryEntrySchema),
});
export type ReviewDetail = z.infer<typeof ReviewDetailSchema>;

/** What every action names: the revision and review version the admin saw. */
const Seen = { revision: z.number().check(z.int(), z.gte(1)), version: Count };
const Reason = z.optional(z.string().check(z.maxLength(1000)));

export const ReviewActionRequestSchema = z.object({ action: z.enum(REVIEW_ACTIONS), comment: Reason, ...Seen });
export type ReviewActionRequest = z.infer<typeof ReviewActionRequestSchema>;

/**
 * `merge` (a duplicate serial or the same answers: one household keyed twice): this interview is voided as a
 * copy of `into`, one of its mates, which keeps its data; stored as a void decision, audited with its mate.
 */
export const FlagDecisionRequestSchema = z.object({
  decision: z.enum([...FLAG_DECISIONS, 'merge']), into: z.optional(z.uuid()), reason: Reason, ...Seen,
});
export type FlagDecisionRequest = z.infer<typeof FlagDecisionRequestSchema>;

export const CorrectionRequestSchema = z.object({ answers: AnswersSchema, reason: Reason, ...Seen });
export type CorrectionRequest = z.infer<typeof CorrectionRequestSchema>;

export const ReviewItemResponseSchema = z.object({ interview: ReviewItemSchema });
export type ReviewItemResponse = z.infer<typeof ReviewItemResponseSchema>;

export const BulkApproveResponseSchema = z.object({ approved: Count });
export const SameAnswersResponseSchema = z.object({ flagged: Count });

export const SerialGroupSchema = z.object({ serial: z.string(), ids: z.array(z.uuid()) });
export const SerialRegistrySchema = z.object({
  unitNo: z.string(),
  range: z.object({ first: z.string(), last: z.string() }),
  expected: Count,
  keyed: Count,
  missing: z.array(z.string()),
  duplicates: z.array(SerialGroupSchema),
  outOfRange: z.array(SerialGroupSchema),
});
export type SerialRegistryResponse = z.infer<typeof SerialRegistrySchema>;

export const KeyingQuerySchema = z.object({ unit: z.optional(UnitNoSchema) });

const Rate = z.nullable(z.number().check(z.nonnegative()));
export const ClerkKeyingSchema = z.object({
  accountId: Int, username: z.string(), displayName: z.string(),
  forms: Count, keys: Count, corrections: Count, seconds: z.number().check(z.nonnegative()), verified: Count,
  formsPerHour: Rate, keysPerForm: Rate, correctionsPerThousandKeys: Rate,
  /** Under double keying: the pairs the clerk keyed a side of, answers compared, disagreements, per 100 compared. */
  pairs: Count, compared: Count, disagreements: Count, disagreementRate: Rate,
});
export const KeyingResponseSchema = z.object({ clerks: z.array(ClerkKeyingSchema) });
export type KeyingResponse = z.infer<typeof KeyingResponseSchema>;

// Double keying (item 8): the second keyings paired with their first, every disagreement side by side.
export const DisagreementSchema = z.object({
  variable: z.string(), first: z.nullable(AnswerValueSchema), second: z.nullable(AnswerValueSchema),
});
export const KeyingPairSchema = z.object({
  serial: z.string(), unitNo: z.string(),
  /** The first keying: a reconciliation names its revision and review version; its questionnaire names the answers. */
  first: z.object({ id: z.uuid(), accountId: Int, username: z.string(), revision: Int, version: Count, questionnaireVersion: Int }),
  second: z.object({ id: z.uuid(), accountId: Int, username: z.string() }),
  compared: Count,
  /** Empty once reconciled. */
  disagreements: z.array(DisagreementSchema),
  reconciled: z.nullable(z.object({ username: z.string(), at: z.string(), disagreements: Count, fromSecond: z.array(z.string()) })),
});
export type KeyingPair = z.infer<typeof KeyingPairSchema>;
export const DoubleKeyingResponseSchema = z.object({
  pairs: z.array(KeyingPairSchema),
  /** Second keyings with no pair: no first keying by another clerk yet, the same clerk's, or a duplicate serial. */
  unpaired: z.array(z.object({
    secondId: z.uuid(), serial: z.string(), unitNo: z.string(), username: z.string(),
    reason: z.enum(['noFirst', 'sameClerk', 'duplicateSerial']),
  })),
});
export type DoubleKeyingResponse = z.infer<typeof DoubleKeyingResponseSchema>;
export const ReconcileRequestSchema = z.object({
  secondId: z.uuid(),
  /** The variables whose right value is the second keying's; every other keeps the first's. */
  fromSecond: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(2000)),
  /** Required when a value is taken from the second keying (it is a correction of the first). */
  reason: Reason,
  ...Seen,
});
export type ReconcileRequest = z.infer<typeof ReconcileRequestSchema>;
