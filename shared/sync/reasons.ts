// Why the server refused or set aside an interview: message codes with parameters a person can act on
// (worded by the dictionary part shared/i18n/*/sync.ts), carried on the receipt and kept in quarantine.
import type { Message, MessageParams } from '../i18n/message.ts';

export const SYNC_REASONS = [
  'invalidRecord', 'notFinished', 'accountDisabled', 'accountMismatch', 'surveyUnknown', 'versionUnknown',
  'versionRetired', 'unitUnknown', 'unitNotAssigned', 'invalidAnswers', 'conflict',
  'conflictNew', 'tooDeep', 'deviceRevoked', 'deviceExpired', 'notOwner',
] as const;
export type SyncReason = (typeof SYNC_REASONS)[number];

export function syncReason(reason: SyncReason, params?: MessageParams): Message {
  return params ? { code: `sync.reason.${reason}`, params } : { code: `sync.reason.${reason}` };
}
