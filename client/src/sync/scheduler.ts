// When the page syncs: at start, on the `online` event, back on screen, after a change to the outbox, on "Sync now",
// and at the time the last run set (every few minutes, or after a failure the backoff's wait). No DOM here: the
// clock and timers are injected (tests never wait), and page-sync.ts wires the browser's events to `trigger`.
import type { RunOutcome } from './run-sync.ts';

export type Trigger = 'start' | 'online' | 'visible' | 'change' | 'manual' | 'timer';

export type SchedulerDeps = {
  run: () => Promise<RunOutcome>;
  now: () => number;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** A run that found another tab or the worker syncing tries again this much later. */
  busyRetryMs?: number;
  onOutcome?: (outcome: RunOutcome) => void;
};

export type Scheduler = { trigger: (why: Trigger) => void; stop: () => void; running: () => boolean; nextAt: () => number | null };

/** Triggers that wait out a failure's backoff; the others (start, online, manual, timer) run at once. */
const PATIENT: readonly Trigger[] = ['visible', 'change'];

export function createScheduler(deps: SchedulerDeps): Scheduler {
  let timer: unknown = null;
  let nextAt: number | null = null;
  let inBackoff = false;
  let running = false;
  let again = false;
  let stopped = false;

  const schedule = (at: number | null) => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    nextAt = at;
    if (at === null || stopped) return;
    timer = deps.setTimer(() => { timer = null; trigger('timer'); }, Math.max(0, at - deps.now()));
  };

  const runOnce = async () => {
    running = true;
    let outcome: RunOutcome;
    try {
      outcome = await deps.run();
    } catch {
      outcome = { kind: 'failed', error: { code: 'sync.error.failed' }, signInNeeded: false, failures: 1, nextTryAt: deps.now() + (deps.busyRetryMs ?? 30_000) };
    }
    running = false;
    if (outcome.kind === 'busy') {
      inBackoff = false;
      schedule(deps.now() + (deps.busyRetryMs ?? 30_000));
    } else {
      inBackoff = outcome.kind === 'failed';
      schedule(outcome.nextTryAt);
    }
    deps.onOutcome?.(outcome);
    if (again && !stopped) {
      again = false;
      trigger('change');
    }
  };

  const trigger = (why: Trigger) => {
    if (stopped) return;
    if (running) {
      again = why !== 'timer'; // something happened during the run: look once more when it ends
      return;
    }
    if (inBackoff && PATIENT.includes(why) && nextAt !== null && deps.now() < nextAt) return;
    void runOnce();
  };

  return {
    trigger,
    stop: () => { stopped = true; schedule(null); },
    running: () => running,
    nextAt: () => nextAt,
  };
}
