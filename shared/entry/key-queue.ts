// The keys of a stack of paper forms as one queue: every key the clerk types is appended with the moment it was
// typed (a monotonic clock, performance.now on a screen) and applied in order, exactly once, by the same reducer.
// Applying stops when a form is done: the keys after it wait, whatever the screen is doing (storing the form,
// opening the next), and are applied to the next form. Keying statistics are counted as keys are applied.
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { BACKSPACE } from './keys.ts';
import { pressKey, setBuffer, type KeyingOptions, type KeyingState } from './keying.ts';
import { valueOf } from './values.ts';

/** A key (KeyboardEvent.key) or the whole text of a text box after an input method changed it. */
export type Typed = { key: string; at: number } | { text: string; at: number };

export type KeyTally = { keys: number; corrections: number; firstAt: number | undefined; lastAt: number | undefined };
export const NO_KEYS: KeyTally = { keys: 0, corrections: 0, firstAt: undefined, lastAt: undefined };

/** A Backspace that takes back something keyed: a character typed, or an answer already stored. */
export function undoes(state: KeyingState, key: string): boolean {
  if (key !== BACKSPACE || state.slot === null) return false;
  const stored = valueOf(state.slot, state.values) !== undefined;
  if (state.kept) return stored;
  return state.buffer !== '' && (!state.prefilled || stored);
}

export function tally(counted: KeyTally, at: number, correction: boolean): KeyTally {
  return {
    keys: counted.keys + 1, corrections: counted.corrections + (correction ? 1 : 0),
    firstAt: counted.firstAt ?? at, lastAt: at,
  };
}

export type Keyed = { state: KeyingState; tally: KeyTally };

/** Applies the queue in order until the form is done; returns what was not applied (the next form's keys). */
export function applyTyped(
  compiled: CompiledQuestionnaire, options: KeyingOptions, from: Keyed, queue: readonly Typed[],
): { keyed: Keyed; rest: Typed[] } {
  let { state, tally: counted } = from;
  let i = 0;
  for (; i < queue.length && !state.done; i++) {
    const item = queue[i]!;
    if ('key' in item) {
      counted = tally(counted, item.at, undoes(state, item.key));
      state = pressKey(compiled, options, state, item.key);
    } else {
      state = setBuffer(compiled, options, state, item.text); // its keys were counted as they were typed
    }
  }
  return { keyed: { state, tally: counted }, rest: queue.slice(i) };
}

/** The record's keying statistics of one form (seconds to the millisecond, from its first key to its last). */
export function keyingStats(counted: KeyTally, verified: boolean): { keys: number; corrections: number; seconds: number; verified: boolean } {
  const ms = counted.firstAt === undefined || counted.lastAt === undefined ? 0 : counted.lastAt - counted.firstAt;
  return { keys: counted.keys, corrections: counted.corrections, seconds: Math.round(ms) / 1000, verified };
}
