// The five outcomes of a receipt, and which of them mean the server holds the interview. Plain code without zod:
// the phone reads receipts with it.
import type { ReceiptOutcome } from './receipt.ts';

export const RECEIPT_OUTCOMES = [
  'accepted',  // new: stored
  'duplicate', // same id, same revision and content: a safe retry, nothing changed
  'updated',   // same id, a newer revision based on the server's current one: stored
  'conflict',  // same id, different content not based on the server's revision: kept aside for a person
  'rejected',  // refused (unknown unit, wrong survey, malformed answers): kept with its reason
] as const;

/** Outcomes after which the device may mark the interview synced (the server holds this revision). */
export function isStoredOutcome(outcome: ReceiptOutcome): boolean {
  return outcome === 'accepted' || outcome === 'duplicate' || outcome === 'updated';
}
