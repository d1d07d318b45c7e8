// The online window by the server's clock, without zod (the respondent page runs it): before, open or closed,
// and whether a questionnaire started inside it may still be sent in the grace period after it closed.

export type OnlineWindow = { start: string; end: string };
export type WindowState = 'before' | 'open' | 'closed';

/** Minutes after closing within which a questionnaire started in the window is still taken (flagged). */
export const DEFAULT_GRACE_MINUTES = 30;

export function windowState(window: OnlineWindow, nowMs: number): WindowState {
  if (nowMs < Date.parse(window.start)) return 'before';
  return nowMs <= Date.parse(window.end) ? 'open' : 'closed';
}

export type Admission = { ok: true; late: boolean } | { ok: false; why: 'before' | 'closed' };

/**
 * Whether a submission arriving at `nowMs` (server clock) of a questionnaire started at `startedMs` (server clock,
 * from the ticket the server signed when the page opened) is taken: inside the window, or started inside it and
 * sent within the grace period (`late`: flagged for review).
 */
export function admit(window: OnlineWindow, startedMs: number, nowMs: number, graceMinutes: number): Admission {
  const state = windowState(window, nowMs);
  if (state === 'before') return { ok: false, why: 'before' };
  if (state === 'open') return { ok: true, late: false };
  const startedInside = windowState(window, startedMs) === 'open';
  return startedInside && nowMs <= Date.parse(window.end) + graceMinutes * 60_000 ? { ok: true, late: true } : { ok: false, why: 'closed' };
}

/** dd/mm/yyyy HH:mm in Vietnam time (UTC+7 all year), by plain arithmetic: the same on any device's zone. */
export function vietnamDateTime(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  const iso = new Date(ms + 7 * 3600_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
