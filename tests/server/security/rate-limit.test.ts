// The one rate-limiter module (server/http/rate-limit.ts): a sliding-window count and growing delays, moved by a
// manual clock; both forget the oldest keys first when too many are kept.
import { describe, expect, it } from 'vitest';
import { manualClock } from '#shared/clock.ts';
import { createBackoff, createRateLimiter, retryAfterSeconds } from '#server/http/rate-limit.ts';

describe('createRateLimiter', () => {
  it('counts events in a sliding window, says how long to wait, and takes events back', () => {
    const clock = manualClock('2026-05-28T08:00:00Z');
    const limiter = createRateLimiter({ clock, limit: 3, windowMs: 60_000 });
    expect([limiter.hit('a'), limiter.hit('a')]).toEqual([0, 0]);
    clock.advance(10_000);
    expect(limiter.hit('a')).toBe(0);
    expect(limiter.hit('a')).toBe(50_000);
    expect(limiter.count('a')).toBe(3);
    limiter.refund('a');
    expect(limiter.hit('a')).toBe(0);
    expect(limiter.hit('b')).toBe(0);
    clock.advance(50_000);
    expect(limiter.count('a')).toBe(1);
  });

  it('keeps at most maxKeys keys, forgetting the least recently used', () => {
    const clock = manualClock('2026-05-28T08:00:00Z');
    const limiter = createRateLimiter({ clock, limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect([limiter.count('a'), limiter.count('b'), limiter.count('c')]).toEqual([0, 1, 1]);
  });
});

describe('createBackoff', () => {
  it('lets the free failures through, then doubles the delay up to its cap, and forgets after a quiet spell', () => {
    const clock = manualClock('2026-05-28T08:00:00Z');
    const backoff = createBackoff({ clock, free: 2, baseMs: 1000, maxMs: 3000, forgetMs: 60_000 });
    backoff.fail('k');
    expect(backoff.wait('k')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      backoff.fail('k');
      waits.push(backoff.wait('k'));
      clock.advance(backoff.wait('k'));
    }
    expect(waits).toEqual([1000, 2000, 3000, 3000]);
    backoff.undo('k');
    expect(backoff.failures('k')).toBe(4);
    clock.advance(60_000);
    expect(backoff.failures('k')).toBe(0);
    backoff.fail('k');
    backoff.forgive('k');
    expect(backoff.wait('k')).toBe(0);
  });

  it('rounds a wait up to whole seconds, never to zero', () => {
    expect([retryAfterSeconds(1), retryAfterSeconds(1000), retryAfterSeconds(1001), retryAfterSeconds(0)]).toEqual([1, 1, 2, 1]);
  });
});
