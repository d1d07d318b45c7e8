// The one rate-limiting module, in memory, per key (an account, an address, a device): a count of events in a
// sliding window, and delays that grow with failures. Sign-in uses both; the audit log and the online mode
// reuse them. Every check-and-count is synchronous, so two requests in flight can never both slip through.
import type { Clock } from '#shared/clock.ts';

/** Keys kept at most per limiter; the oldest is forgotten first, so a flood of new keys cannot exhaust memory. */
const DEFAULT_MAX_KEYS = 20_000;

export type RateLimiter = {
  /** Counts one event for `key` and returns 0, or returns the ms to wait (and counts nothing) when the window is full. */
  hit: (key: string) => number;
  /** Takes back one counted event (an attempt that turned out fine, or was never carried out). */
  refund: (key: string) => void;
  count: (key: string) => number;
};

export function createRateLimiter(options: { clock: Clock; limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const { clock, limit, windowMs } = options;
  const events = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const since = clock.now() - windowMs;
    const kept = (events.get(key) ?? []).filter((at) => at > since);
    events.delete(key);
    if (kept.length > 0) events.set(key, kept); // re-inserted: the most recently used key is the last evicted
    return kept;
  };
  return {
    hit(key) {
      const times = recent(key);
      if (times.length >= limit) return Math.max(1, (times[times.length - limit] ?? clock.now()) + windowMs - clock.now());
      events.set(key, [...times, clock.now()]);
      evictBeyond(events, options.maxKeys ?? DEFAULT_MAX_KEYS);
      return 0;
    },
    refund(key) {
      const times = recent(key);
      if (times.length > 1) events.set(key, times.slice(0, -1));
      else events.delete(key);
    },
    count: (key) => recent(key).length,
  };
}

export type Backoff = {
  /** The ms to wait before the next attempt for `key` is allowed; 0 when it may go now. */
  wait: (key: string) => number;
  /** Counts one failure now. */
  fail: (key: string) => void;
  /** Takes back one counted failure (the attempt succeeded or was never carried out). */
  undo: (key: string) => void;
  /** Forgets every failure of `key` (its owner proved who they are). */
  forgive: (key: string) => void;
  failures: (key: string) => number;
};

export type BackoffOptions = {
  clock: Clock;
  /** Failures allowed with no delay (typos). */
  free: number;
  /** Delay after the first failure beyond `free`; it doubles with each further failure, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetMs: number;
  maxKeys?: number;
};

/** Delays that grow with failures instead of a hard lock: anyone can slow a key down, nobody can shut it. */
export function createBackoff(options: BackoffOptions): Backoff {
  const { clock, free, baseMs, maxMs, forgetMs } = options;
  const state = new Map<string, { failures: number; last: number }>();
  const current = (key: string) => {
    const found = state.get(key);
    if (found && clock.now() - found.last >= forgetMs) {
      state.delete(key);
      return undefined;
    }
    return found;
  };
  const delayAfter = (failures: number): number =>
    failures < free ? 0 : Math.min(maxMs, baseMs * 2 ** Math.min(30, failures - free));
  return {
    wait(key) {
      const found = current(key);
      if (!found) return 0;
      return Math.max(0, found.last + delayAfter(found.failures) - clock.now());
    },
    fail(key) {
      const failures = (current(key)?.failures ?? 0) + 1;
      state.delete(key);
      state.set(key, { failures, last: clock.now() });
      evictBeyond(state, options.maxKeys ?? DEFAULT_MAX_KEYS);
    },
    undo(key) {
      const found = current(key);
      if (!found) return;
      if (found.failures <= 1) state.delete(key);
      else found.failures -= 1;
    },
    forgive(key) {
      state.delete(key);
    },
    failures: (key) => current(key)?.failures ?? 0,
  };
}

function evictBeyond(map: Map<string, unknown>, maxKeys: number): void {
  while (map.size > maxKeys) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}

/** Whole seconds for a `Retry-After` header and a message: never 0, so a client never retries at once. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
