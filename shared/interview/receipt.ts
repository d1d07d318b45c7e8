// What the server says about each interview of a batch. The outcome is one of five; flags travel beside it,
// so an over-quota or duplicate-serial interview is accepted *and* flagged — "flagged" is never a status.
import * as z from 'zod/mini';
import { MessageSchema } from '../i18n/message.ts';
import { IssueSchema } from '../survey/issues.ts';
import { RECEIPT_OUTCOMES } from './outcomes.ts';

export const ReceiptOutcomeSchema = z.enum(RECEIPT_OUTCOMES);
export type ReceiptOutcome = z.infer<typeof ReceiptOutcomeSchema>;

export const ReceiptFlagSchema = z.enum(['serial_duplicate', 'over_quota', 'outside_window', 'too_short', 'after_close']);
export type ReceiptFlag = z.infer<typeof ReceiptFlagSchema>;

export const ReceiptItemSchema = z.object({
  id: z.uuid(),
  outcome: ReceiptOutcomeSchema,
  flags: z.array(ReceiptFlagSchema),
  /** The revision the server now holds. */
  revision: z.optional(z.number().check(z.int(), z.gte(1))),
  /**
   * On a conflict: the `baseRevision` the interview was sent with, exactly as sent (null: sent as a new interview).
   * Optional: absent on other outcomes, and from servers before it was added.
   */
  baseRevision: z.optional(z.nullable(z.number().check(z.int(), z.gte(0)))),
  reason: z.optional(MessageSchema),
  /** For answers the engine refused: its issues, each with its paper number, to show beside the question. */
  issues: z.optional(z.array(IssueSchema)),
});
export type ReceiptItem = z.infer<typeof ReceiptItemSchema>;
