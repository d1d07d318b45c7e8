// The one source of "now" for every rule that reads time. Production passes `systemClock`;
// tests pass a `manualClock` and move time instead of waiting. Never call Date.now() in a rule.

export type Clock = { now: () => number };

export const systemClock: Clock = { now: () => Date.now() };

/** An instant as the ISO text in UTC (`2026-05-28T01:00:00.000Z`) the server stores and sends. */
export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The clock's now as ISO text: every "now" the server writes or answers. */
export function isoNow(clock: Clock): string {
  return isoAt(clock.now());
}

export type ManualClock = Clock & {
  set: (epochMs: number | string) => void;
  advance: (ms: number) => void;
};

export function manualClock(start: number | string): ManualClock {
  let current = toEpochMs(start);
  return {
    now: () => current,
    set: (at) => { current = toEpochMs(at); },
    advance: (ms) => { current += ms; },
  };
}

function toEpochMs(at: number | string): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`manualClock: not a date-time: ${String(at)}`);
  return ms;
}
