// The rules of a new password (chosen at a change, typed by an admin, or in an imported file). Plain code without
// zod, in its own module: the office's forms check with it before sending, and the phone's entry chunk, which carries
// credentials.ts for the sign-in form, does not carry this.

export const NEW_PASSWORD_MIN_LENGTH = 8;
export const NEW_PASSWORD_MAX_LENGTH = 200;
export type PasswordWeakness = 'short' | 'long' | 'username';

/** Why a new password is refused, or null: too short, too long, or the username itself (the first thing guessed). */
export function passwordWeakness(password: string, username = ''): PasswordWeakness | null {
  if (password.length < NEW_PASSWORD_MIN_LENGTH) return 'short';
  if (password.length > NEW_PASSWORD_MAX_LENGTH) return 'long';
  if (username && password.trim().toLowerCase() === username.trim().toLowerCase()) return 'username';
  return null;
}
