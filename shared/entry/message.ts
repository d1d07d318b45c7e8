// What the entry logic says to a person: a dictionary code of shared/i18n/*/entry.ts and its parameters,
// never a sentence (the screen words it in the active language).
import type { MessageParams } from '../i18n/message.ts';
import type { entry } from '../i18n/vi/entry.ts';

export type EntryCode = keyof typeof entry;
export type EntryMessage = { code: EntryCode; params: MessageParams };

export function entryMessage(code: EntryCode, params: MessageParams = {}): EntryMessage {
  return { code, params };
}
