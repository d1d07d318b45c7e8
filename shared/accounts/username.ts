// What a username may be. Plain code without zod: the phone's sign-in form checks it before asking the server.

/** Lower-case ASCII so a clerk can type it on any phone keyboard; no spaces; 3 to 64 characters. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** What UsernameSchema accepts once it has trimmed and lower-cased the input. */
export function isUsername(typed: string): boolean {
  return USERNAME_PATTERN.test(typed.trim().toLowerCase());
}
