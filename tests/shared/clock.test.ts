// The one clock: the server writes and answers every instant as ISO text in UTC, read from the clock it was given.
import { describe, expect, it } from 'vitest';
import { isoAt, isoNow, manualClock } from '#shared/clock.ts';

describe('now as ISO text', () => {
  it('writes the clock’s now in UTC with milliseconds, and follows the clock when it moves', () => {
    const clock = manualClock('2026-05-28T08:00:00+07:00');
    expect(isoNow(clock)).toBe('2026-05-28T01:00:00.000Z');
    clock.advance(1_500);
    expect(isoNow(clock)).toBe('2026-05-28T01:00:01.500Z');
    expect(isoAt(Date.parse('2026-06-02T23:59:59+07:00'))).toBe('2026-06-02T16:59:59.000Z');
  });
});
