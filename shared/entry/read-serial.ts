// The paper serial, typed as digits: it completes at the unit's length (unit 07 → four digits) and must belong
// to the unit being keyed (0701…0799). A form of another unit is refused: the clerk switches unit instead.
// Under a survey's explicit range for the unit, the serial has the range's length and any digits: whether it lies
// in the range is the soft warning's (shared/entry/serial.ts serialWarning).
import { formatSerial, isSerialForUnit, SEQUENCE_DIGITS } from '../interview/serial.ts';
import { entryMessage } from './message.ts';
import { completed, refused, WAITING, type KeyResult } from './read-result.ts';
import type { SerialSlot } from './slot.ts';

export function readSerial(slot: SerialSlot, buffer: string, ended: boolean): KeyResult {
  if (!/^\d+$/.test(buffer)) return refused(entryMessage('entry.keys.serial_digits'));
  const { unitNo, range } = slot;
  const length = range ? range.first.length : unitNo.length + SEQUENCE_DIGITS;
  if (buffer.length > length) return refused(entryMessage('entry.keys.serial_length', { length }));
  const otherUnit = !range && (!unitNo.startsWith(buffer.slice(0, unitNo.length))
    || (buffer.length === length && !isSerialForUnit(buffer, unitNo)));
  if (otherUnit) {
    return refused(entryMessage('entry.keys.serial_other_unit', {
      serial: buffer.length < length ? `${buffer}…` : buffer, unitNo, first: formatSerial(unitNo, 1), last: formatSerial(unitNo, 10 ** SEQUENCE_DIGITS - 1),
    }));
  }
  if (buffer.length === length) return completed(buffer);
  return ended ? refused(entryMessage('entry.keys.serial_length', { length })) : WAITING;
}
