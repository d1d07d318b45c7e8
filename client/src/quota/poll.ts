// Keeps a dashboard live while it is open: loads now, then again every `intervalMs` (injected, so tests move
// time instead of waiting). A failed refresh keeps the last figures on screen beside the error; an answer that
// will not change by asking again (401, 403, 404, 410) stops the polling.
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { ApiError } from '../api/http.ts';

export const DASHBOARD_POLL_MS = 5_000;

const FINAL_STATUSES = new Set([401, 403, 404, 410]);

export type Poll<T> = { value: Accessor<T | undefined>; error: Accessor<unknown>; refresh: () => void };

export function createPoll<K, T>(key: Accessor<K | undefined>, load: (key: K) => Promise<T>, intervalMs = DASHBOARD_POLL_MS): Poll<T> {
  const [value, setValue] = createSignal<T>();
  const [error, setError] = createSignal<unknown>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Bumped on every (re)start: an answer to an older round (another unit, a refresh) is dropped.
  let round = 0;

  const run = async (k: K, mine: number) => {
    try {
      const next = await load(k);
      if (mine !== round) return;
      setValue(() => next);
      setError(undefined);
    } catch (failure) {
      if (mine !== round) return;
      setError(failure);
      if (failure instanceof ApiError && failure.status !== null && FINAL_STATUSES.has(failure.status)) return;
    }
    timer = setTimeout(() => void run(k, mine), intervalMs);
  };

  const start = (k: K | undefined) => {
    round += 1;
    clearTimeout(timer);
    if (k !== undefined) void run(k, round);
  };

  createEffect(on(key, (k) => {
    setValue(undefined);
    setError(undefined);
    start(k);
  }));
  onCleanup(() => {
    round += 1;
    clearTimeout(timer);
  });
  return { value, error, refresh: () => start(key()) };
}
