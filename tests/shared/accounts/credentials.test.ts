// The phone's sign-in check (zod-free) accepts exactly what the server's sign-in schema accepts.
import { describe, expect, it } from 'vitest';
import { isSignInAttempt } from '#shared/accounts/credentials.ts';
import { SignInRequestSchema } from '#shared/api/auth.ts';

const USERNAMES = ['dtv01', '  DTV01 ', 'ab', 'abc', 'a'.repeat(64), 'a'.repeat(65), '_dtv', 'dtv 01', 'nguyễn', 'x.y-z_1', ''];
const PASSWORDS = ['', 'p', 'dtv-demo-2026', 'x'.repeat(200), 'x'.repeat(201)];

describe('isSignInAttempt', () => {
  it('agrees with SignInRequestSchema on every username and password', () => {
    for (const username of USERNAMES) {
      for (const password of PASSWORDS) {
        expect(isSignInAttempt(username, password), JSON.stringify({ username, password }))
          .toBe(SignInRequestSchema.safeParse({ username, password }).success);
      }
    }
  });

  it('reads the username as the server does: trimmed and lower-cased', () => {
    expect(isSignInAttempt('  DTV01 ', 'x')).toBe(true);
    expect(isSignInAttempt('ab', 'x')).toBe(false);
  });
});
