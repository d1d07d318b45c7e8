// Paper keying as a pure reducer: one key in, the next state out, so the screen only renders the state and
// forwards KeyboardEvent.key. A key that would make the buffer wrong is refused (the buffer stays, the error
// shows beside the slot); a slot that completes stores its value and the cursor moves to the next slot.
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { findSlot, nextSlot, previousSlot, slotsOf, type KeyingContext } from './cursor.ts';
import { BACKSPACE, ENTER, isCharacterKey, NEW_LINE, NEXT, PREVIOUS } from './keys.ts';
import type { EntryMessage } from './message.ts';
import { readSlot } from './paper-keys.ts';
import type { SlotValue } from './read-result.ts';
import type { Slot } from './slot.ts';
import { valueOf, valueText, withUnit, withValue, type FormValues } from './values.ts';

export type KeyingOptions = KeyingContext & {
  /** Pre-filled into a new form's serial: Enter accepts it (see suggestSerial). */
  suggestedSerial?: string | undefined;
  /** Pre-filled into an empty footer, usually the previous form's: a stack is one interviewer's, often one day's. */
  defaults?: { interviewerName?: string | undefined; interviewDate?: string | undefined };
  /** Refuses a serial on the spot, e.g. serialInUse bound to this device's interviews. */
  checkSerial?: (serial: string) => EntryMessage | null;
};

export type KeyingState = {
  values: FormValues;
  /** The focused slot; null once the last slot is done (the form goes to review). */
  slot: Slot | null;
  buffer: string;
  /** The buffer shows the slot's value (or suggestion) selected: Enter keeps it, the first key typed replaces it. */
  prefilled: boolean;
  error: EntryMessage | undefined;
};

function suggestion(slot: Slot, options: KeyingOptions): SlotValue {
  if (slot.kind === 'serial') return options.suggestedSerial;
  if (slot.kind === 'interviewer') return options.defaults?.interviewerName;
  if (slot.kind === 'interview_date') return options.defaults?.interviewDate;
  return undefined;
}

function focus(values: FormValues, slot: Slot | null, options: KeyingOptions): KeyingState {
  if (!slot) return { values, slot: null, buffer: '', prefilled: false, error: undefined };
  const buffer = valueText(slot, valueOf(slot, values) ?? suggestion(slot, options));
  return { values, slot, buffer, prefilled: buffer !== '', error: undefined };
}

/** A form in progress: a new one (unit pre-filled, cursor on the serial) or a draft resumed at its first empty slot. */
export function startKeying(compiled: CompiledQuestionnaire, options: KeyingOptions, draft?: FormValues): KeyingState {
  const values: FormValues = { ...draft, answers: withUnit(compiled, draft?.answers ?? {}, options.unitNo) };
  const slots = slotsOf(compiled, values, options);
  const open = draft ? slots.find((s) => valueOf(s, values) === undefined) ?? null : slots[0]!;
  return focus(values, open, options);
}

/** Moves the cursor to a slot, e.g. from a problem link of the review; an id not on the path changes nothing. */
export function focusSlot(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, id: string): KeyingState {
  const slot = findSlot(compiled, state.values, options, id);
  return slot ? focus(state.values, slot, options) : state;
}

function commit(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, slot: Slot, value: SlotValue): KeyingState {
  if (slot.kind === 'serial' && typeof value === 'string') {
    const problem = options.checkSerial?.(value);
    if (problem) return { ...state, error: problem };
  }
  const values = withValue(state.values, slot, value);
  return focus(values, nextSlot(compiled, values, slot.id, options), options);
}

function typed(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, slot: Slot, buffer: string): KeyingState {
  const result = readSlot(slot, buffer, false);
  if (result.error) return { ...state, error: result.error };
  if (result.complete) return commit(compiled, options, state, slot, result.value);
  return { ...state, buffer, prefilled: false, error: undefined };
}

/** One key, named as KeyboardEvent.key ('3', '-', 'Enter', 'Backspace', 'ArrowUp'; 'Shift+Enter' for a line break). */
export function pressKey(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, key: string): KeyingState {
  const move = (to: Slot | null) => (to ? focus(state.values, to, options) : state);
  const slot = state.slot;
  if (key === PREVIOUS) return move(previousSlot(compiled, state.values, slot?.id ?? null, options));
  if (key === NEXT) return slot === null ? state : move(nextSlot(compiled, state.values, slot.id, options));
  if (!slot) return key === BACKSPACE ? move(previousSlot(compiled, state.values, null, options)) : state;
  if (key === BACKSPACE) {
    if (state.prefilled) return { ...state, buffer: '', prefilled: false, error: undefined };
    if (state.buffer === '') return move(previousSlot(compiled, state.values, slot.id, options));
    return { ...state, buffer: [...state.buffer].slice(0, -1).join(''), error: undefined };
  }
  const lineBreak = key === NEW_LINE && slot.kind === 'text';
  if (key === ENTER || (key === NEW_LINE && !lineBreak)) {
    const result = readSlot(slot, state.buffer, true);
    return result.error ? { ...state, error: result.error } : commit(compiled, options, state, slot, result.value);
  }
  if (lineBreak || isCharacterKey(key)) {
    return typed(compiled, options, state, slot, (state.prefilled ? '' : state.buffer) + (lineBreak ? '\n' : key));
  }
  return state; // Tab, Shift, F-keys…: the screen's business, not the form's
}

/**
 * Replaces the buffer wholesale: for a text slot fed by an <input> (a Vietnamese input method composes "ễ" from
 * several keys, so text is best taken from the input's value) or a paste. Refused like a key when it is wrong.
 */
export function setBuffer(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, buffer: string): KeyingState {
  const slot = state.slot;
  if (!slot) return state;
  if (buffer === '') return { ...state, buffer: '', prefilled: false, error: undefined };
  return typed(compiled, options, state, slot, buffer);
}
