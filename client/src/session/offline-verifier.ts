// What lets an account sign in again on this device without a network: a PBKDF2-SHA-256 hash of its password
// with a random salt of its own (decision 0015). The password itself is never stored; the hash is slow on
// purpose, so a copied database costs an attacker 600,000 hash rounds per guess.
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. Stored with each verifier, so a later raise leaves old ones valid. */
export const VERIFIER_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** Bytes as they are: IndexedDB stores a Uint8Array without any encoding. */
export type OfflineVerifier = { salt: Uint8Array; iterations: number; hash: Uint8Array };

/** A new verifier of the password; `iterations` and `salt` are for tests (a fresh random salt otherwise). */
export async function makeVerifier(password: string, iterations = VERIFIER_ITERATIONS,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES))): Promise<OfflineVerifier> {
  return { salt, iterations, hash: await derive(password, salt, iterations) };
}

/** Whether the password is the one the verifier was made of. */
export async function checkVerifier(verifier: OfflineVerifier, password: string): Promise<boolean> {
  return sameBytes(await derive(password, verifier.salt, verifier.iterations), verifier.hash);
}

/** Compares every byte whatever the first difference, so the time taken says nothing of where two hashes part. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}
