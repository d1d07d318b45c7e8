// Session and device tokens: 32 random bytes handed out once; only their SHA-256 is stored,
// so a copy of the database cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A readable password for generated accounts: no look-alike characters (0/O, 1/l/I). */
export function newPassword(length = 12): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
