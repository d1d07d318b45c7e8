// A number typed as digits (a decimal comma or point when the question allows fractions), ended by Enter —
// or completed at once when no longer number fits the range: with Câu 2's 18–100, "45" completes (450 > 100)
// while "10" waits for a third digit or Enter. The same rule as codes: complete as soon as nothing can follow.
import { entryMessage } from './message.ts';
import { completed, refused, WAITING, type KeyResult } from './read-result.ts';
import type { NumberSlot } from './slot.ts';

function outOfRange(slot: NumberSlot, value: number): KeyResult {
  return refused(entryMessage('entry.keys.out_of_range', {
    paperNumber: slot.paperNumber, value, min: slot.min ?? '…', max: slot.max ?? '…',
  }));
}

/** Negative numbers cannot be keyed: `-` is the blank-on-paper key (no questionnaire of ours asks for one). */
export function readNumber(slot: NumberSlot, buffer: string, ended: boolean): KeyResult {
  const pattern = slot.integer ? /^\d+$/ : /^\d*[.,]?\d*$/;
  if (!pattern.test(buffer)) return refused(entryMessage('entry.keys.digits_only', { paperNumber: slot.paperNumber }));
  if (!/\d/.test(buffer)) return ended ? refused(entryMessage('entry.keys.digits_only', { paperNumber: slot.paperNumber })) : WAITING;
  const value = Number(buffer.replace(',', '.'));
  const inRange = (slot.min === undefined || value >= slot.min) && (slot.max === undefined || value <= slot.max);
  // Another digit would multiply the value by ten at least; past the maximum nothing longer can be meant.
  const final = slot.integer && slot.max !== undefined && value * 10 > slot.max;
  if (final || ended) return inRange ? completed(value) : outOfRange(slot, value);
  return { value: inRange ? value : undefined, complete: false };
}
