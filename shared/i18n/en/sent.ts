// The sent list, the states a review page tells, and the unit card's own figures (issue 16).
import type { sent as vi } from '../vi/sent.ts';

export const sent: Record<keyof typeof vi, string> = {
  'sent.title': 'Sent forms',
  'sent.none': 'No form sent yet.',
  'sent.at': 'Sent {at}',
  'sent.status.received': 'Received by the server',
  'sent.status.approved': 'Approved',
  'sent.status.needs_correction': 'Returned for correction',
  'sent.status.rejected': 'Rejected: ask your supervisor.',
  'sent.noFlags': 'No warnings.',
  'sent.todo.serial_duplicate': 'Check the number on the paper form; tell your supervisor.',
  'sent.todo.over_quota': 'Do more only if your supervisor asks.',
  'sent.todo.outside_window': 'Check the date on the form; tell your supervisor.',
  'sent.todo.too_short': 'Nothing to do if every question was asked.',
  'sent.todo.after_close': 'An administrator will decide.',
  'sent.kept': 'Sent {at}; the form is kept on the server.',
  'sent.voided': 'Voided forms',
  'sent.noVoided': 'No voided form.',
  'sent.state.voided': 'Voided',
  'sent.review.draft': 'Being entered: continue, then finish it.',
  'sent.review.finished': 'Finished, waiting for the next sync.',
  'sent.quota.mine': 'Done by me',
  'sent.quota.unit': 'Whole unit',
  'sent.quota.needed': 'Still needed',
  'sent.quota.reached': 'Target reached. You can go on; the server flags the extra forms.',
};
