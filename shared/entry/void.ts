// Voiding and correcting on the device. A voided interview is kept with its reason (never deleted) and frees
// its serial; a finished one can be reopened for correction until the server has it (lifecycle.ts).
import { nextStatus } from '../interview/lifecycle.ts';
import type { Interview } from '../interview/schema.ts';
import { entryMessage, type EntryMessage } from './message.ts';

export type VoidResult = { ok: true; interview: Interview } | { ok: false; problem: EntryMessage };

/** Marks the interview voided at `at` (the injected clock's ISO instant) with the trimmed reason. */
export function voidInterview(interview: Interview, reason: string, at: string): VoidResult {
  if (interview.voided !== undefined) return { ok: false, problem: entryMessage('entry.void.already_voided') };
  const trimmed = reason.trim();
  if (!trimmed) return { ok: false, problem: entryMessage('entry.void.reason_required') };
  return { ok: true, interview: { ...interview, voided: { reason: trimmed, at }, times: { ...interview.times, updatedAt: at } } };
}

/** A finished (or sent-back) interview can be reopened on the device; a received one is the server's now. */
export function canReopen(interview: Pick<Interview, 'status' | 'voided'>): boolean {
  return interview.voided === undefined && nextStatus(interview.status, 'reopen') !== null;
}
