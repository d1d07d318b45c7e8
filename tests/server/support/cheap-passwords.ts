// Setup of the quick tests: passwords are hashed at scrypt cost 2^10 instead of 2^15. Seeding accounts and signing
// in spent half of the run's CPU on key stretching, which no quick test is about; a hash records its own cost, so
// verification follows. The browser, CLI and bench tests keep the real cost (they run the real server).
import { vi } from 'vitest';
import type * as Password from '#server/auth/password.ts';

vi.mock('#server/auth/password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof Password>();
  return { ...real, hashPassword: (password: string) => real.hashPassword(password, { N: 2 ** 10, r: 8, p: 1 }) };
});
