// Finding 6's second half (no per-address limit at all) and build item 4's office NAT: right passwords from one
// address are never limited, wrong ones from it are first slowed, then refused (429 with Retry-After).
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, testApp } from '../support/test-app.ts';
import { addCheapAccounts, codeOf, registerSyncedDevice, signInFrom } from './support.ts';

const OFFICE = '192.0.2.10';
const names = (count: number) => Array.from({ length: count }, (_, i) => `dtv${String(i + 1).padStart(2, '0')}`);

describe('sign-in limits per address', () => {
  it('lets 300 right sign-ins from one office address within five minutes all succeed', async () => {
    const t = await testApp();
    const usernames = names(30);
    await addCheapAccounts(t, usernames);
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) {
      statuses.push((await signInFrom(t, OFFICE, { username: usernames[i % 30]!, password: TEST_PASSWORD })).status);
      t.clock.advance(900);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it('slows repeated failures from one address, then refuses it with 429 and Retry-After', async () => {
    const t = await testApp();
    const usernames = names(40);
    await addCheapAccounts(t, usernames);
    // Two wrong passwords per account: no account reaches its own delay, only the address adds up.
    const guess = (i: number) => signInFrom(t, OFFICE, { username: usernames[i % 40]!, password: `guess-${i}` });
    for (let i = 0; i < 20; i++) expect((await guess(i)).status).toBe(401);
    const slowed = await guess(20);
    expect(slowed.status).toBe(429);
    expect(await codeOf(slowed)).toBe('auth.slowDown');
    expect(Number(slowed.headers.get('retry-after'))).toBe(1);

    // Waiting each delay out lets a few more through, until sixty failures shut the address.
    let failures = 20;
    let refused: Response | undefined;
    for (let i = 21; i < 200 && !refused; i++) {
      const response = await guess(i);
      if (response.status === 401) failures += 1;
      else if ((await codeOf(response)) === 'auth.slowDown') t.clock.advance(Number(response.headers.get('retry-after')) * 1000);
      else refused = response;
    }
    expect(failures).toBe(60);
    expect(refused?.status).toBe(429);
    expect(await codeOf(refused!)).toBe('auth.tooManyAttempts');
    const seconds = Number(refused!.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(60);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    // Even the right password waits there; elsewhere it works, and once the failures age out, there too.
    expect((await signInFrom(t, OFFICE, { username: 'dtv01', password: TEST_PASSWORD })).status).toBe(429);
    expect((await signInFrom(t, '198.51.100.7', { username: 'dtv01', password: TEST_PASSWORD })).status).toBe(200);
    t.clock.advance(seconds * 1000);
    expect((await signInFrom(t, OFFICE, { username: 'dtv01', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('lets a device that has synced sign in from a refused address', async () => {
    const t = await testApp();
    const usernames = names(40);
    await addCheapAccounts(t, usernames);
    const phone = await registerSyncedDevice(t, 'dtv05');
    for (let i = 0; i < 400; i++) {
      const response = await signInFrom(t, OFFICE, { username: usernames[i % 40]!, password: `guess-${i}` });
      if ((await codeOf(response)) === 'auth.tooManyAttempts') break;
      if (response.status === 429) t.clock.advance(Number(response.headers.get('retry-after')) * 1000);
    }
    expect(await codeOf(await signInFrom(t, OFFICE, { username: 'dtv05', password: TEST_PASSWORD }))).toBe('auth.tooManyAttempts');
    expect((await signInFrom(t, OFFICE, { username: 'dtv05', password: TEST_PASSWORD, deviceId: phone })).status).toBe(200);
  });
});
