// The device clock as ISO instants, read through the shared clock seam (browser tests move it with page.clock).
import { systemClock, type Clock } from '#shared/clock.ts';

export function nowIso(clock: Clock = systemClock): string {
  return new Date(clock.now()).toISOString();
}
