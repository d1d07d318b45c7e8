// What the server says about each interview of a batch. The outcome is one of five; flags travel beside it,
// so an over-quota or duplicate-serial interview is accepted *and* flagged — "flagged" is never a status.
import * as z from 'zod/mini';
import { MessageSchema } from '../i18n/message.ts';
import { IssueSchema } from '../survey/issues.ts';

export const ReceiptOutcomeSchema = z.enum([
  'accepted',  // new: stored
  'duplicate', // same id, same revision and content: a safe retry, nothing changed
  'updated',   // same id, a newer revision based on the server's current one: stored
  'conflict',  // same id, different content not based on the server's revision: kept aside for a person
  'rejected',  // refused (unknown unit, wrong survey, malformed answers): kept with its reason
]);
export type ReceiptOutcome = z.infer<typeof ReceiptOutcomeSchema>;

export const ReceiptFlagSchema = z.enum(['serial_duplicate', 'over_quota', 'outside_window', 'too_short']);
export type ReceiptFlag = z.infer<typeof ReceiptFlagSchema>;

export const ReceiptItemSchema = z.object({
  id: z.uuid(),
  outcome: ReceiptOutcomeSchema,
  flags: z.array(ReceiptFlagSchema),
  /** The revision the server now holds. */
  revision: z.optional(z.number().check(z.int(), z.gte(1))),
  reason: z.optional(MessageSchema),
  /** For answers the engine refused: its issues, each with its paper number, to show beside the question. */
  issues: z.optional(z.array(IssueSchema)),
});
export type ReceiptItem = z.infer<typeof ReceiptItemSchema>;

/** Outcomes after which the device may mark the interview synced (the server holds this revision). */
export function isStoredOutcome(outcome: ReceiptOutcome): boolean {
  return outcome === 'accepted' || outcome === 'duplicate' || outcome === 'updated';
}
