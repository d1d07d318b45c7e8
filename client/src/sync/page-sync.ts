// The page's sync: one scheduler for the signed-in account, woken by the browser's events (online, back on
// screen), by new finished work in the outbox (which also registers a Background Sync), and by "Sync now".
// Started once per page and account; it lives as long as the page.
import { liveQuery } from 'dexie';
import { systemClock } from '#shared/clock.ts';
import type { PhieuDb } from '../db/db.ts';
import { registerBackgroundSync } from './background.ts';
import { runSync } from './run-sync.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';

export type PageSync = { syncNow: () => void };

let active: { accountId: number; scheduler: Scheduler; stop: () => void } | undefined;

export function startPageSync(db: PhieuDb, accountId: number, onSignInNeeded: () => void): PageSync {
  if (active?.accountId !== accountId) {
    active?.stop();
    active = { accountId, ...wire(db, accountId, onSignInNeeded) };
  } else if (active.scheduler.nextAt() === null) {
    active.scheduler.trigger('start'); // back on the home after signing in again: nothing was scheduled meanwhile
  }
  const scheduler = active.scheduler;
  return { syncNow: () => scheduler.trigger('manual') };
}

function wire(db: PhieuDb, accountId: number, onSignInNeeded: () => void): { scheduler: Scheduler; stop: () => void } {
  const now = () => systemClock.now();
  const scheduler = createScheduler({
    run: () => runSync({ db, now }, accountId),
    now,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onOutcome: (outcome) => { if (outcome.kind === 'failed' && outcome.signInNeeded) onSignInNeeded(); },
  });
  const onOnline = () => scheduler.trigger('online');
  const onVisible = () => { if (document.visibilityState === 'visible') scheduler.trigger('visible'); };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  // A newly finished interview: ask for a background sync (in case the page closes first) and try now.
  let waiting: number | undefined;
  const watch = liveQuery(() => db.outbox.where('[accountId+status]').equals([accountId, 'finished']).count()).subscribe({
    next: (count) => {
      const grew = waiting !== undefined && count > waiting;
      waiting = count;
      if (count > 0) void registerBackgroundSync();
      if (grew) scheduler.trigger('change');
    },
    error: () => undefined,
  });
  scheduler.trigger('start');
  return {
    scheduler,
    stop: () => {
      scheduler.stop();
      watch.unsubscribe();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
