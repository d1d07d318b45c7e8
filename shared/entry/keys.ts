// The keys of paper keying mode, named as the browser's KeyboardEvent.key and Playwright's keyboard.press name
// them. The two missing-code keys work on every answer slot, so a clerk never has to invent an answer.
import { BLANK_ON_PAPER, ILLEGIBLE } from '../survey/missing.ts';
import type { MessageKey } from '../i18n/translate.ts';

export const ENTER = 'Enter';
/** A line break inside an open text (the UI passes 'Shift+Enter' for Enter with Shift held). */
export const NEW_LINE = 'Shift+Enter';
export const BACKSPACE = 'Backspace';
/** Move to the previous / next slot without changing anything. */
export const PREVIOUS = 'ArrowUp';
export const NEXT = 'ArrowDown';

/** `-`: unshifted on every laptop keyboard, and the keypad's NumpadSubtract sends the same key. */
export const BLANK_KEY = '-';
/** `*`: the keypad's NumpadMultiply, Shift+8 on a laptop row. */
export const ILLEGIBLE_KEY = '*';

export type MissingKey = { key: string; code: typeof BLANK_ON_PAPER | typeof ILLEGIBLE; label: MessageKey };

/** Labels are the survey's own missing-code labels, so the key legend and the review say the same thing. */
export const MISSING_KEYS: readonly MissingKey[] = [
  { key: BLANK_KEY, code: BLANK_ON_PAPER, label: 'survey.missing.blank' },
  { key: ILLEGIBLE_KEY, code: ILLEGIBLE, label: 'survey.missing.illegible' },
];

/** Parameters that every message naming the two keys takes ({blankKey}, {illegibleKey}). */
export const MISSING_KEY_PARAMS = { blankKey: BLANK_KEY, illegibleKey: ILLEGIBLE_KEY } as const;

/** The missing code a buffer stands for when it is exactly one missing key, else undefined. */
export function missingCodeOf(buffer: string): MissingKey['code'] | undefined {
  return MISSING_KEYS.find((k) => k.key === buffer)?.code;
}

/** The key that keys a missing code. */
export function keyOfMissingCode(code: number): string | undefined {
  return MISSING_KEYS.find((k) => k.code === code)?.key;
}

/** One printable character (a letter, a digit, a space, "ư"), as opposed to a named key such as 'Enter'. */
export function isCharacterKey(key: string): boolean {
  return key.length > 0 && [...key].length === 1;
}
