// When to try again: every few minutes while all is well; after failures, exponentially longer waits with jitter,
// so three hundred phones that lost the same network do not all knock on the server in the same second.

export const SYNC_INTERVAL_MS = 5 * 60 * 1000;
export const BACKOFF_BASE_MS = 15 * 1000;
export const BACKOFF_MAX_MS = 30 * 60 * 1000;

/**
 * The wait after `failures` failed runs in a row (1 = the first failure): base · 2^(failures−1), capped, then
 * "equal jitter" — half fixed, half random — so a wait is never near zero yet phones spread out.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  if (failures <= 0) return SYNC_INTERVAL_MS;
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
