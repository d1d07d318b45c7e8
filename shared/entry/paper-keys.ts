// Paper keying, one slot at a time: `readSlot(slot, buffer, ended)` says what the keys typed into a slot mean.
// `ended` is true when the clerk pressed Enter. A buffer that is exactly one missing-code key (- or *) is that
// declared missing code on every answer slot; the serial and the footer refuse it (the record needs them).
import { missingCodeOf } from './keys.ts';
import { entryMessage } from './message.ts';
import { readMultiple, readSingle } from './read-choice.ts';
import { readDate } from './read-date.ts';
import { readNumber } from './read-number.ts';
import { completed, emptyResult, refused, WAITING, type KeyResult } from './read-result.ts';
import { readSerial } from './read-serial.ts';
import { readText } from './read-text.ts';
import { allowsMissing, type Slot } from './slot.ts';

export type { KeyResult, SlotValue } from './read-result.ts';

export function readSlot(slot: Slot, buffer: string, ended = false): KeyResult {
  const missing = missingCodeOf(buffer);
  if (missing !== undefined) {
    return allowsMissing(slot) ? completed({ missing }) : refused(entryMessage('entry.keys.missing_not_allowed'));
  }
  if (buffer === '') return ended ? emptyResult(slot) : WAITING;
  switch (slot.kind) {
    case 'serial': return readSerial(slot, buffer, ended);
    case 'single': return readSingle(slot, buffer, ended);
    case 'multiple': return readMultiple(slot, buffer, ended);
    case 'number': return readNumber(slot, buffer, ended);
    case 'text': case 'interviewer': return readText(slot, buffer, ended);
    case 'date': case 'interview_date': return readDate(slot, buffer, ended);
  }
}
