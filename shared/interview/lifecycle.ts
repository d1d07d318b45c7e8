// The interview's status lifecycle, one table: draft → finished → received → approved | needs_correction | rejected.
// Voiding is not a status: it is a mark (`voided`) possible from any status, so the history stays readable.
import type { InterviewStatus } from './schema.ts';

export type InterviewEvent = 'finish' | 'reopen' | 'receive' | 'approve' | 'request_correction' | 'reject';

const TRANSITIONS: Record<InterviewStatus, Partial<Record<InterviewEvent, InterviewStatus>>> = {
  draft: { finish: 'finished' },
  // Before the server has it, the enumerator may reopen a finished form to correct it.
  finished: { reopen: 'draft', receive: 'received' },
  received: { approve: 'approved', request_correction: 'needs_correction', reject: 'rejected' },
  // The enumerator corrects on the device (reopen, finish, sync) or the admin corrects it on the server (receive).
  needs_correction: { reopen: 'draft', finish: 'finished', receive: 'received' },
  // A review decision can be revised by the admin; every change lands in the audit log.
  approved: { request_correction: 'needs_correction', reject: 'rejected' },
  rejected: { approve: 'approved', request_correction: 'needs_correction' },
};

/** The status after `event`, or null when the event does not apply to `from`. */
export function nextStatus(from: InterviewStatus, event: InterviewEvent): InterviewStatus | null {
  return TRANSITIONS[from][event] ?? null;
}

/** Only the device edits answers, and only while they are its own: a draft or a form sent back for correction. */
export function isEditableOnDevice(status: InterviewStatus, voided: boolean): boolean {
  return !voided && (status === 'draft' || status === 'needs_correction');
}

/** Voiding needs a reason and is refused only on an already voided interview. */
export function canVoid(interview: { voided?: unknown }): boolean {
  return interview.voided === undefined;
}
