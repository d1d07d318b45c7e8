// Open texts, "other – specify" texts and the interviewer's name: typed freely, ended by Enter, stored trimmed.
// Enter on an empty optional text leaves it blank; a required one asks for the missing keys instead.
import { entryMessage } from './message.ts';
import { completed, emptyResult, refused, type KeyResult } from './read-result.ts';
import type { InterviewerSlot, TextSlot } from './slot.ts';

export function readText(slot: TextSlot | InterviewerSlot, buffer: string, ended: boolean): KeyResult {
  // Length as the engine counts it (UTF-16 units), so a text accepted here never fails `text_too_long` later.
  if (buffer.length > slot.maxLength) {
    return refused(slot.kind === 'interviewer'
      ? entryMessage('entry.keys.interviewer_too_long', { max: slot.maxLength })
      : entryMessage('entry.keys.too_long', { paperNumber: slot.paperNumber, max: slot.maxLength }));
  }
  const text = buffer.trim();
  if (!ended) return { value: text || undefined, complete: false };
  return text ? completed(text) : emptyResult(slot);
}
