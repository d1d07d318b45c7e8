// What a typed buffer means for one slot: the value Enter would store, whether the slot is complete (nothing
// more can follow, or Enter was pressed), or why the buffer is refused. Refusals are data, never exceptions.
import type { AnswerValue } from '../survey/answer.ts';
import { MISSING_KEY_PARAMS } from './keys.ts';
import { entryMessage, type EntryMessage } from './message.ts';
import type { Slot } from './slot.ts';

/** An answer, or the serial / interviewer / ISO date string of the non-answer slots; undefined = left blank. */
export type SlotValue = AnswerValue | undefined;

export type KeyResult = { value?: SlotValue; complete: boolean; error?: EntryMessage };

export const WAITING: KeyResult = { complete: false };

export function refused(error: EntryMessage): KeyResult {
  return { complete: false, error };
}

export function completed(value: SlotValue): KeyResult {
  return { value, complete: true };
}

/** Enter on an empty buffer: an optional slot is left blank, a required one asks for the missing keys instead. */
export function emptyResult(slot: Slot): KeyResult {
  if (!slot.required) return completed(undefined);
  switch (slot.kind) {
    case 'serial': return refused(entryMessage('entry.keys.serial_length', { length: slot.unitNo.length + 2 }));
    case 'interviewer': return refused(entryMessage('entry.keys.interviewer_required'));
    case 'interview_date': return refused(entryMessage('entry.keys.interview_date_invalid'));
    case 'text':
      if (slot.specifies !== undefined) {
        return refused(entryMessage('entry.keys.specify_required', { paperNumber: slot.paperNumber, code: slot.specifies }));
      }
      break;
    default: break;
  }
  return refused(entryMessage('entry.keys.required', { paperNumber: slot.paperNumber, ...MISSING_KEY_PARAMS }));
}
