// Finding 7 of issue 17: 64 wrong sign-ins in flight hashed at once and starved everything else. Now at most
// cores − 1 hashes run, a short queue waits, and beyond it the server answers 503 with Retry-After at once.
// (Speed during a flood is measured by `npm run bench -- sign-in-flood`, never asserted here.)
import { describe, expect, it } from 'vitest';
import { createHashPool, defaultHashConcurrency } from '#server/auth/password.ts';
import { TEST_PASSWORD, testApp } from '../support/test-app.ts';
import { addCheapAccounts, codeOf, signInFrom } from './support.ts';

/** A task that finishes when the test says so, recording how many ran at once. */
function gate() {
  let running = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const task = () => {
    running += 1;
    most = Math.max(most, running);
    return new Promise<string>((resolve) => releases.push(() => { running -= 1; resolve('done'); }));
  };
  return { task, releaseAll: () => releases.splice(0).forEach((release) => release()), most: () => most };
}

describe('bounded password hashing', () => {
  it('runs at most cores − 1 hashes (at least one), queues a few, and refuses the rest at once', async () => {
    expect(defaultHashConcurrency()).toBeGreaterThanOrEqual(1);
    const pool = createHashPool({ concurrency: 2, queueLimit: 3 });
    const g = gate();
    const runs = Array.from({ length: 8 }, () => pool.tryRun(g.task));
    expect(runs.filter((run) => run === null).length).toBe(3);
    for (let round = 0; round < 4; round++) {
      await Promise.resolve();
      g.releaseAll();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(runs.filter((run) => run !== null))).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(g.most()).toBe(2);
    // Slots come back: a new task runs once the queue has drained.
    expect(pool.tryRun(() => Promise.resolve('again'))).not.toBeNull();
  });

  it('answers 503 with Retry-After to sign-ins beyond the queue, and the health check stays up', async () => {
    const t = await testApp({ throttle: { hashing: { concurrency: 1, queueLimit: 2 } } });
    const usernames = Array.from({ length: 64 }, (_, i) => `dtv${i}`);
    await addCheapAccounts(t, usernames);
    // 64 guessers, each at their own address and account: no rate limit applies, only the pool.
    const flood = usernames.map((username, i) =>
      signInFrom(t, `198.51.100.${i + 1}`, { username, password: 'wrong-password' }));
    const health = await t.request('/api/health');
    expect(health.status).toBe(200);
    const responses = await Promise.all(flood);
    const busy = responses.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(32);
    expect(responses.every((r) => r.status === 503 || r.status === 401)).toBe(true);
    expect(await codeOf(busy[0]!)).toBe('auth.busy');
    expect(busy[0]!.headers.get('retry-after')).toBe('1');
    // A refusal for busyness is not counted as a failure: the same account signs in right after.
    expect((await signInFrom(t, '198.51.100.1', { username: 'dtv0', password: TEST_PASSWORD })).status).toBe(200);
  });
});
