// Paper keying as a pure reducer: one key in, the next state out, so the screen only renders the state and
// forwards KeyboardEvent.key. A key that would make the buffer wrong is refused (the buffer stays, the error
// shows beside the slot); a slot that completes stores its value and the cursor moves to the next slot.
// A stored answer reached by moving is only shown ("kept"): typing never replaces it (decision 0005, 2026-12-02).
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { findSlot, nextSlot, previousSlot, slotsOf, type KeyingContext } from './cursor.ts';
import { BACKSPACE, ENTER, isCharacterKey, NEW_LINE, NEXT, PREVIOUS } from './keys.ts';
import { entryMessage, type EntryMessage } from './message.ts';
import { readSlot } from './paper-keys.ts';
import type { SlotValue } from './read-result.ts';
import type { Slot } from './slot.ts';
import { pressVerifyKey } from './verify.ts';
import { valueOf, valueText, withUnit, withValue, type FormValues } from './values.ts';

export type KeyingOptions = KeyingContext & {
  /** Pre-filled into a new form's serial: Enter accepts it (see suggestSerial). */
  suggestedSerial?: string | undefined;
  /** Pre-filled into an empty footer, usually the previous form's: a stack is one interviewer's, often one day's. */
  defaults?: { interviewerName?: string | undefined; interviewDate?: string | undefined };
  /** Refuses a serial on the spot, e.g. serialInUse bound to this device's interviews. */
  checkSerial?: (serial: string) => EntryMessage | null;
  /** Warns about a serial the clerk may still keep (past the unit's quota): Enter again goes on. */
  warnSerial?: (serial: string) => EntryMessage | null;
  /** After the last slot, a verify screen: Enter accepts, a question number jumps back to it. */
  verify?: boolean | undefined;
};

export type KeyingState = {
  values: FormValues;
  /** The focused slot; null once the last slot is done (the form goes to verify, review or storing). */
  slot: Slot | null;
  buffer: string;
  /** The buffer shows a suggestion, or a value jumped to on purpose, selected: Enter keeps it, a key replaces it. */
  prefilled: boolean;
  /** A slot reached by moving (back, or forward onto an answer): shown, never replaced by typing. */
  kept: boolean;
  /** The answer Backspace has just cleared from this slot, as keyed: shown beside the empty box. */
  cleared: string | undefined;
  /** Paper order of the furthest slot reached: where a key typed on a kept slot belongs. */
  reached: number;
  /** After the last slot: the form may be stored (at once, or once Enter accepts the verify screen). */
  done: boolean;
  /** Digits typed on the verify screen: the question number to go back to. */
  jump: string;
  /** The serial a warning was shown for: Enter on it again keeps it. */
  confirm: string | undefined;
  error: EntryMessage | undefined;
};

function suggestion(slot: Slot, options: KeyingOptions): SlotValue {
  if (slot.kind === 'serial') return options.suggestedSerial;
  if (slot.kind === 'interviewer') return options.defaults?.interviewerName;
  if (slot.kind === 'interview_date') return options.defaults?.interviewDate;
  return undefined;
}

const IDLE = { buffer: '', prefilled: false, kept: false, cleared: undefined, jump: '', confirm: undefined, error: undefined };

/**
 * How the cursor arrives: 'on' (forward, after a slot is done), 'back' (Backspace on an empty box, ArrowUp), or
 * 'jump' (a problem link, a question number on the verify screen), which opens the value for replacing. A stored
 * value reached otherwise is kept, and so is an empty box reached by going back (an optional one left blank).
 */
type Arrival = 'on' | 'back' | 'jump';

function focus(values: FormValues, slot: Slot | null, options: KeyingOptions, reachedBefore: number, arrival: Arrival = 'on'): KeyingState {
  if (!slot) return { ...IDLE, values, slot: null, reached: Number.POSITIVE_INFINITY, done: !options.verify };
  const stored = valueOf(slot, values);
  const reached = Math.max(reachedBefore, slot.order);
  const kept = arrival !== 'jump' && (stored !== undefined || (arrival === 'back' && slot.order < reachedBefore));
  const buffer = valueText(slot, stored ?? (kept ? undefined : suggestion(slot, options)));
  return { ...IDLE, values, slot, reached, done: false, buffer, kept, prefilled: !kept && buffer !== '' };
}

/** A form in progress: a new one (unit pre-filled, cursor on the serial) or a draft resumed at its first empty slot. */
export function startKeying(compiled: CompiledQuestionnaire, options: KeyingOptions, draft?: FormValues): KeyingState {
  const values: FormValues = { ...draft, answers: withUnit(compiled, draft?.answers ?? {}, options.unitNo) };
  const slots = slotsOf(compiled, values, options);
  const open = draft ? slots.find((s) => valueOf(s, values) === undefined) ?? null : slots[0]!;
  // A complete draft waits for Enter (or the verify screen) rather than being stored the moment it opens.
  return { ...focus(values, open, options, open ? open.order : Number.POSITIVE_INFINITY), done: false };
}

/** Moves the cursor to a slot on purpose (a problem link, the verify screen); an id not on the path changes nothing. */
export function focusSlot(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, id: string): KeyingState {
  const slot = findSlot(compiled, state.values, options, id);
  return slot ? focus(state.values, slot, options, state.reached, 'jump') : state;
}

function commit(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, slot: Slot, value: SlotValue): KeyingState {
  if (slot.kind === 'serial' && typeof value === 'string') {
    // The box keeps the whole serial the message names, so the clerk sees what was refused.
    const problem = options.checkSerial?.(value);
    if (problem) return { ...state, buffer: value, prefilled: false, error: problem };
    const warning = state.confirm === value ? null : options.warnSerial?.(value);
    if (warning) return { ...state, buffer: value, prefilled: false, error: warning, confirm: value };
  }
  const values = withValue(state.values, slot, value);
  return focus(values, nextSlot(compiled, values, slot.id, options), options, state.reached);
}

function typed(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, slot: Slot, buffer: string): KeyingState {
  const result = readSlot(slot, buffer, false);
  if (result.error) return { ...state, error: result.error };
  if (result.complete) return commit(compiled, options, state, slot, result.value);
  return { ...state, buffer, prefilled: false, cleared: undefined, error: undefined };
}

/** A key typed on a kept slot belongs to the furthest slot reached (the clerk backed out of it by one key too many). */
function forward(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, slot: Slot, key: string): KeyingState {
  const target = slotsOf(compiled, state.values, options).find((s) => s.order >= state.reached);
  if (!target || target.order <= slot.order || valueOf(target, state.values) !== undefined) {
    return { ...state, error: entryMessage('entry.keys.kept') };
  }
  return pressKey(compiled, options, focus(state.values, target, options, state.reached), key);
}

function pressKept(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, slot: Slot, key: string): KeyingState {
  if (key === BACKSPACE) {
    // The explicit act that changes an answer: it is cleared, and the box says what was cleared.
    const stored = valueOf(slot, state.values);
    const values = stored === undefined ? state.values : withValue(state.values, slot, undefined);
    return { ...state, values, kept: false, buffer: '', cleared: stored === undefined ? undefined : state.buffer, error: undefined };
  }
  if (key === ENTER || key === NEW_LINE) return focus(state.values, nextSlot(compiled, state.values, slot.id, options), options, state.reached);
  return isCharacterKey(key) ? forward(compiled, options, state, slot, key) : state;
}

/** One key, named as KeyboardEvent.key ('3', '-', 'Enter', 'Backspace', 'ArrowUp'; 'Shift+Enter' for a line break). */
export function pressKey(compiled: CompiledQuestionnaire, options: KeyingOptions, state: KeyingState, key: string): KeyingState {
  const move = (to: Slot | null, arrival: Arrival) => (to ? focus(state.values, to, options, state.reached, arrival) : state);
  const back = () => move(previousSlot(compiled, state.values, state.slot?.id ?? null, options), 'back');
  const slot = state.slot;
  if (state.done) return state;
  if (key === PREVIOUS) return back();
  if (key === NEXT) return slot === null ? state : move(nextSlot(compiled, state.values, slot.id, options), 'on');
  if (!slot) {
    if (key === BACKSPACE && state.jump === '') return back();
    const verified = pressVerifyKey(compiled, state.jump, key, Boolean(options.verify));
    if ('slot' in verified) {
      const back = focusSlot(compiled, options, state, verified.slot);
      return back.slot ? back : { ...state, jump: '', error: entryMessage('entry.verify.unknown_question', { number: state.jump }) };
    }
    return { ...state, ...verified };
  }
  if (state.kept) return pressKept(compiled, options, state, slot, key);
  if (key === BACKSPACE) {
    if (state.prefilled) return { ...state, buffer: '', prefilled: false, error: undefined };
    if (state.buffer === '') return back();
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
  if (!slot || state.kept) return state;
  if (buffer === '') return { ...state, buffer: '', prefilled: false, error: undefined };
  return typed(compiled, options, state, slot, buffer);
}
