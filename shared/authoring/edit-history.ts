// Undo and redo for the questionnaire builder: a value with its past and its future. Typing in one field is
// one step, not one per key: an edit that names the same `mergeKey` as the one before replaces it.

export type History<T> = {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** What the last edit was about, so the next edit of the same field joins it. */
  readonly mergeKey?: string;
};

/** Steps kept for undo; older ones drop off (a day's editing rarely needs more). */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records `next` as the present; the redo path is gone, as in every editor. */
export function record<T>(history: History<T>, next: T, mergeKey?: string): History<T> {
  if (next === history.present) return history;
  const joins = mergeKey !== undefined && mergeKey === history.mergeKey;
  const past = joins ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], ...(mergeKey === undefined ? {} : { mergeKey }) };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;
