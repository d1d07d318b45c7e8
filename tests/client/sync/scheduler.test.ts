// When the page syncs, on an injected clock and timers (nothing waits): the backoff's waits, the interval after a
// success, one run at a time with one more after a change seen mid-run, and triggers that respect the backoff.
import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_MAX_MS, SYNC_INTERVAL_MS } from '#client/sync/backoff.ts';
import { createScheduler } from '#client/sync/scheduler.ts';
import type { RunOutcome } from '#client/sync/run-sync.ts';

describe('backoffDelay', () => {
  it('doubles from 15 s with equal jitter, capped at 30 minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0))).toEqual([7_500, 15_000, 30_000, 60_000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 1))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(40, () => 0)).toBe(BACKOFF_MAX_MS / 2);
    expect(backoffDelay(0)).toBe(SYNC_INTERVAL_MS);
  });
});

/** Manual time: timers fire only when the test advances the clock. */
function manualTimers() {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => now,
    setTimer: (callback: () => void, ms: number) => { const id = ++ids; timers.push({ at: now + ms, callback, id }); return id; },
    clearTimer: (handle: unknown) => { timers = timers.filter((t) => t.id !== handle); },
    advance: async (ms: number) => {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.callback();
      await settle();
    },
    pending: () => timers.length,
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createScheduler', () => {
  it('runs at start, then at the time each run sets; patient triggers wait out a backoff, online does not', async () => {
    const clock = manualTimers();
    const outcomes: RunOutcome[] = [
      { kind: 'failed', error: { code: 'sync.error.offline' }, signInNeeded: false, failures: 1, nextTryAt: 10_000 },
      { kind: 'done', stored: 1, refused: 0, returned: 0, removed: 0, nextTryAt: 10_000 + SYNC_INTERVAL_MS },
      { kind: 'done', stored: 0, refused: 0, returned: 0, removed: 0, nextTryAt: 20_000 + SYNC_INTERVAL_MS },
      { kind: 'done', stored: 0, refused: 0, returned: 0, removed: 0, nextTryAt: 30_000 + SYNC_INTERVAL_MS },
    ];
    let runs = 0;
    const scheduler = createScheduler({ ...clock, run: async () => outcomes[runs++]! });

    scheduler.trigger('start');
    await settle();
    expect(runs).toBe(1);
    expect(scheduler.nextAt()).toBe(10_000);
    scheduler.trigger('visible'); // back on screen during the backoff: wait
    scheduler.trigger('change');
    await settle();
    expect(runs).toBe(1);
    await clock.advance(10_000); // the backoff's time
    expect(runs).toBe(2);
    expect(scheduler.nextAt()).toBe(10_000 + SYNC_INTERVAL_MS);
    await clock.advance(10_000);
    scheduler.trigger('visible'); // no backoff now: at once
    await settle();
    expect(runs).toBe(3);
    await clock.advance(10_000);
    scheduler.trigger('online');
    await settle();
    expect(runs).toBe(4);
    scheduler.stop();
    expect(clock.pending()).toBe(0);
  });

  it('never runs twice at once, and looks once more when something changed during a run', async () => {
    const clock = manualTimers();
    let release: () => void = () => undefined;
    let runs = 0;
    let concurrent = 0;
    let most = 0;
    const scheduler = createScheduler({
      ...clock,
      run: async () => {
        runs++;
        concurrent++;
        most = Math.max(most, concurrent);
        await new Promise<void>((resolve) => { release = resolve; });
        concurrent--;
        return { kind: 'done', stored: 0, refused: 0, returned: 0, removed: 0, nextTryAt: clock.now() + SYNC_INTERVAL_MS };
      },
    });
    scheduler.trigger('manual');
    scheduler.trigger('manual');
    scheduler.trigger('change');
    expect(scheduler.running()).toBe(true);
    release();
    await settle();
    expect(runs).toBe(2); // the one follow-up run
    release();
    await settle();
    expect(runs).toBe(2);
    expect(most).toBe(1);
    expect(scheduler.running()).toBe(false);
  });

  it('after a refused token, waits for a trigger instead of retrying on a timer', async () => {
    const clock = manualTimers();
    let runs = 0;
    const scheduler = createScheduler({
      ...clock,
      run: async () => { runs++; return { kind: 'failed', error: { code: 'sync.error.signIn' }, signInNeeded: true, failures: 1, nextTryAt: null }; },
    });
    scheduler.trigger('start');
    await settle();
    await clock.advance(60 * 60 * 1000);
    expect(runs).toBe(1);
    expect(scheduler.nextAt()).toBeNull();
  });
});
