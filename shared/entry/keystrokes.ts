// The fewest keys that key a given interview in paper keying mode, found by replaying them through the very
// reducer the screen uses (so the count cannot drift from the behaviour). Per slot: Enter alone when the
// pre-filled value is already right; else the value's characters, plus Enter unless the slot completes by itself.
import type { Answers } from '../survey/answer.ts';
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { slotsOf } from './cursor.ts';
import { BACKSPACE, ENTER } from './keys.ts';
import { pressKey, startKeying, type KeyingOptions, type KeyingState } from './keying.ts';
import { readSlot } from './paper-keys.ts';
import { shortestDateKeys } from './read-date.ts';
import type { SlotValue } from './read-result.ts';
import type { Slot } from './slot.ts';
import { keysOfText, sameValue, valueOf, valueText, type FormValues } from './values.ts';

export type PaperFooter = { interviewerName: string; interviewDate: string };

function keysForSlot(slot: Slot, want: SlotValue, state: KeyingState): string[] {
  if (state.prefilled && sameValue(readSlot(slot, state.buffer, true).value, want)) return [ENTER];
  if (want === undefined) return state.prefilled ? [BACKSPACE, ENTER] : [ENTER];
  const text = (slot.kind === 'date' || slot.kind === 'interview_date') && typeof want === 'string'
    ? shortestDateKeys(want, slot.year) : valueText(slot, want);
  const keys = keysOfText(text);
  return readSlot(slot, text, false).complete ? keys : [...keys, ENTER];
}

/**
 * The key sequence (KeyboardEvent.key / Playwright names) that keys these answers, serial and footer on a new
 * form, or null when they cannot be keyed as given (an answer the slot refuses, a required answer absent).
 * Answers off the path are not keyed (finishing writes -1 for them).
 */
export function keysFor(
  compiled: CompiledQuestionnaire, answers: Answers, serial: string, footer: PaperFooter, options: KeyingOptions,
): string[] | null {
  const target: FormValues = { answers, serial, ...footer };
  let state = startKeying(compiled, options);
  const keys: string[] = [];
  while (state.slot !== null) {
    const slot = state.slot;
    const slotKeys = keysForSlot(slot, valueOf(slot, target), state);
    for (const key of slotKeys) {
      if (state.slot !== slot) return null; // completed before its last key: the rest would land elsewhere
      state = pressKey(compiled, options, state, key);
      keys.push(key);
      if (state.error) return null;
    }
    if (state.slot === slot) return null;
  }
  const keyed = state.values;
  const same = slotsOf(compiled, keyed, options).every((s) => sameValue(valueOf(s, keyed), valueOf(s, target)));
  return same ? keys : null;
}

/** How many keys `keysFor` needs; null when the interview cannot be keyed as given. */
export function keystrokesFor(
  compiled: CompiledQuestionnaire, answers: Answers, serial: string, footer: PaperFooter, options: KeyingOptions,
): number | null {
  return keysFor(compiled, answers, serial, footer, options)?.length ?? null;
}
