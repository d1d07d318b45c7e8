// Slows down password guessing: after too many failures for one username within a window, sign-in is refused
// until the window passes. Kept in memory: a restart forgets it, which is acceptable for one office server.
import type { Clock } from '#shared/clock.ts';

export type SignInThrottle = {
  /** Minutes left before the next try is allowed, or 0. */
  blockedFor: (username: string) => number;
  recordFailure: (username: string) => void;
  recordSuccess: (username: string) => void;
};

export function createSignInThrottle(clock: Clock, maxFailures = 10, windowMs = 15 * 60_000): SignInThrottle {
  const failures = new Map<string, number[]>();
  const recent = (username: string): number[] => {
    const since = clock.now() - windowMs;
    const kept = (failures.get(username) ?? []).filter((at) => at > since);
    if (kept.length) failures.set(username, kept);
    else failures.delete(username);
    return kept;
  };
  return {
    blockedFor(username) {
      const times = recent(username);
      if (times.length < maxFailures) return 0;
      const oldest = times[times.length - maxFailures] ?? clock.now();
      return Math.max(1, Math.ceil((oldest + windowMs - clock.now()) / 60_000));
    },
    recordFailure(username) {
      failures.set(username, [...recent(username), clock.now()]);
    },
    recordSuccess(username) {
      failures.delete(username);
    },
  };
}
