// The sent-list row of an interview the server has just stored (issue 16): what stays on the device about it.
import type { ReceiptFlag } from '#shared/interview/receipt.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { SentRow } from './rows.ts';

export function sentRowOf(interview: Interview, sentAt: string, flags: ReceiptFlag[]): SentRow {
  return {
    interviewId: interview.id, accountId: interview.accountId, surveySlug: interview.surveySlug, unitNo: interview.unitNo,
    ...(interview.serial !== undefined ? { serial: interview.serial } : {}),
    ...(interview.secondKeying ? { secondKeying: true } : {}),
    practice: interview.practice, voided: interview.voided !== undefined, sentAt, status: 'received', flags,
  };
}
