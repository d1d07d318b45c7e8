// Findings 1 and 6 of issue 17: parallel guesses slipped past the limit (it counted after the hash), and ten
// wrong passwords from anyone locked an account for 15 minutes. Now attempts are counted before the hash and
// failures slow an account down (at most a minute between tries) without ever shutting it; the owner's
// device, which has synced, is counted apart and is not slowed at all.
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, testApp } from '../support/test-app.ts';
import { addCheapAccounts, codeOf, registerSyncedDevice, signInFrom } from './support.ts';

describe('sign-in against password guessing', () => {
  it('counts parallel guesses before hashing: 100 at once for one account get at most 5 answers 401, the rest 429', async () => {
    const t = await testApp({ throttle: { hashing: { concurrency: 4, queueLimit: 100 } } });
    await addCheapAccounts(t, ['dtv01']);
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) =>
      signInFrom(t, `198.51.100.${i + 1}`, { username: 'dtv01', password: `guess-${i}` })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(95);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const refused = responses.find((r) => r.status === 429)!;
    expect(await codeOf(refused)).toBe('auth.slowDown');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('never locks an account: after a stranger’s ten wrong passwords the owner gets in within a minute', async () => {
    const t = await testApp();
    await addCheapAccounts(t, ['dtv01']);
    // Ten wrong passwords actually checked: the guesser waits out each delay.
    for (let wrong = 0; wrong < 10;) {
      const guess = await signInFrom(t, '203.0.113.66', { username: 'dtv01', password: `guess-${wrong}` });
      if (guess.status === 429) t.clock.advance(Number(guess.headers.get('retry-after')) * 1000);
      else if (guess.status === 401) wrong += 1;
      else throw new Error(`unexpected ${guess.status}`);
    }
    const tooSoon = await signInFrom(t, '198.51.100.7', { username: 'dtv01', password: TEST_PASSWORD });
    expect(tooSoon.status).toBe(429);
    const wait = Number(tooSoon.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    t.clock.advance(wait * 1000);
    expect((await signInFrom(t, '198.51.100.7', { username: 'dtv01', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('a device that has synced for the account is not slowed by someone else’s guessing', async () => {
    const t = await testApp();
    await addCheapAccounts(t, ['dtv01', 'dtv02']);
    const phone = await registerSyncedDevice(t, 'dtv01');
    const othersPhone = await registerSyncedDevice(t, 'dtv02');
    for (let i = 0; i < 30; i++) await signInFrom(t, '203.0.113.66', { username: 'dtv01', password: `guess-${i}` });
    const stranger = await signInFrom(t, '198.51.100.7', { username: 'dtv01', password: TEST_PASSWORD });
    expect(stranger.status).toBe(429);
    // The owner's phone, even behind the guesser's own address: let in at once.
    expect((await signInFrom(t, '203.0.113.66', { username: 'dtv01', password: TEST_PASSWORD, deviceId: phone })).status).toBe(200);
    // Another account's device id is no pass for this one.
    expect((await signInFrom(t, '198.51.100.7', { username: 'dtv01', password: TEST_PASSWORD, deviceId: othersPhone })).status).toBe(429);
  });

  it('a known device id guessing on its own is slowed like anyone else', async () => {
    const t = await testApp();
    await addCheapAccounts(t, ['dtv01']);
    const phone = await registerSyncedDevice(t, 'dtv01');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await signInFrom(t, '203.0.113.66', { username: 'dtv01', password: `guess-${i}`, deviceId: phone })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });
});
