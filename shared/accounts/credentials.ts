// What a username and a sign-in password may be. Plain code without zod: the phone's sign-in form checks them
// before asking the server; the schemas (schema.ts, api/auth.ts) are built from the same bounds.

/** Lower-case ASCII so a clerk can type it on any phone keyboard; no spaces. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 64;
/** A password typed at sign-in: never empty, at most this long (new passwords have their own rules). */
export const SIGN_IN_PASSWORD_MAX_LENGTH = 200;

/** Whether the server could accept this sign-in: the username as UsernameSchema reads it (trimmed, lower-cased). */
export function isSignInAttempt(username: string, password: string): boolean {
  const name = username.trim().toLowerCase();
  return name.length >= USERNAME_MIN_LENGTH && name.length <= USERNAME_MAX_LENGTH && USERNAME_PATTERN.test(name)
    && password.length >= 1 && password.length <= SIGN_IN_PASSWORD_MAX_LENGTH;
}

