// The offline verifier: a slow salted hash that accepts its own password only, compared byte by byte in full,
// and the growing wait after wrong offline passwords.
import { describe, expect, it } from 'vitest';
import { checkVerifier, makeVerifier, sameBytes, VERIFIER_ITERATIONS } from '#client/session/offline-verifier.ts';
import { retryDelayMs } from '#client/session/offline-sign-in.ts';

// A few rounds keep the test fast; the app uses VERIFIER_ITERATIONS.
const ROUNDS = 1_000;

describe('the offline verifier', () => {
  it('accepts the password it was made of and refuses any other', async () => {
    const verifier = await makeVerifier('mat-khau-dtv01', ROUNDS);
    expect(await checkVerifier(verifier, 'mat-khau-dtv01')).toBe(true);
    expect(await checkVerifier(verifier, 'mat-khau-dtv02')).toBe(false);
    expect(await checkVerifier(verifier, 'Mat-khau-dtv01')).toBe(false);
    expect(await checkVerifier(verifier, '')).toBe(false);
  });

  it('never holds the password, and two verifiers of one password differ by their salt', async () => {
    const [first, second] = await Promise.all([makeVerifier('mat-khau-dtv01', ROUNDS), makeVerifier('mat-khau-dtv01', ROUNDS)]);
    expect(new TextDecoder().decode(first.hash)).not.toContain('mat-khau');
    expect(Object.keys(first).sort()).toEqual(['hash', 'iterations', 'salt']);
    expect(first.salt).not.toEqual(second.salt);
    expect(first.hash).not.toEqual(second.hash);
    expect(first.hash).toHaveLength(32);
    expect(first.salt).toHaveLength(16);
  });

  it('is the known PBKDF2-SHA-256 of a fixed salt (RFC 7914 test vector), with its rounds stored beside it', async () => {
    const verifier = await makeVerifier('passwd', 1, new TextEncoder().encode('salt'));
    const hex = [...verifier.hash].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
    expect(verifier.iterations).toBe(1);
    expect(VERIFIER_ITERATIONS).toBe(600_000);
  });

  it('compares bytes in full: equal only for the same length and the same bytes', () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    expect(sameBytes(a, new Uint8Array([1, 2, 3, 4]))).toBe(true);
    expect(sameBytes(a, new Uint8Array([1, 2, 3, 5]))).toBe(false);
    expect(sameBytes(a, new Uint8Array([0, 2, 3, 4]))).toBe(false);
    expect(sameBytes(a, new Uint8Array([1, 2, 3]))).toBe(false);
    expect(sameBytes(a, new Uint8Array([1, 2, 3, 4, 0]))).toBe(false);
    expect(sameBytes(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});

describe('the wait after wrong offline passwords', () => {
  it('is none for three, then 30 seconds doubling up to 15 minutes', () => {
    expect([0, 1, 2].map(retryDelayMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(8)).toBe(900_000);
    expect(retryDelayMs(50)).toBe(900_000);
  });
});
