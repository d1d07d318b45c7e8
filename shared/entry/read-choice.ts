// Codes of a single choice (or a grid row) and of a multiple choice, read from the digits typed.
// A code completes as soon as no longer code starts with it: with codes 1–7 "3" completes at once; with codes
// up to 12 "1" waits for a second digit or Enter ("01" also works). A multiple choice always ends with Enter.
import { entryMessage } from './message.ts';
import { completed, emptyResult, refused, WAITING, type KeyResult } from './read-result.ts';
import type { MultipleSlot, SingleSlot } from './slot.ts';

/** The code a typed token names exactly (plain or zero-padded to the widest code), and whether a longer one starts with it. */
export function matchCode(codes: readonly number[], token: string): { code: number | undefined; longer: boolean } {
  const width = codes.reduce((w, c) => Math.max(w, String(c).length), 0);
  let code: number | undefined;
  let longer = false;
  for (const c of codes) {
    const plain = String(c);
    const padded = plain.padStart(width, '0');
    for (const form of plain === padded ? [plain] : [plain, padded]) {
      if (form === token) code = c;
      else if (form.startsWith(token)) longer = true;
    }
  }
  return { code, longer };
}

const unknown = (slot: SingleSlot | MultipleSlot, token: string) =>
  refused(entryMessage('entry.keys.unknown_code', { paperNumber: slot.paperNumber, code: Number(token) }));
const digitsOnly = (slot: SingleSlot | MultipleSlot) => refused(entryMessage('entry.keys.digits_only', { paperNumber: slot.paperNumber }));

export function readSingle(slot: SingleSlot, buffer: string, ended: boolean): KeyResult {
  if (!/^\d+$/.test(buffer)) return digitsOnly(slot);
  const { code, longer } = matchCode(slot.codes, buffer);
  if (code === undefined) return longer && !ended ? WAITING : unknown(slot, buffer);
  return longer && !ended ? { value: code, complete: false } : completed(code);
}

/** True when every code is one digit: then "135" is three codes and separators are optional. */
export function singleDigitCodes(codes: readonly number[]): boolean {
  return codes.every((c) => c >= 0 && c <= 9);
}

/** Several codes: back to back when all are one digit ("135"), otherwise separated by a space or a comma. Stored ascending. */
export function readMultiple(slot: MultipleSlot, buffer: string, ended: boolean): KeyResult {
  if (/[^\d ,]/.test(buffer)) return digitsOnly(slot);
  const oneDigit = singleDigitCodes(slot.codes);
  const tokens = oneDigit ? buffer.replace(/[ ,]/g, '').split('').filter(Boolean) : buffer.split(/[ ,]+/).filter(Boolean);
  // The last token may still grow into a longer code until a separator or Enter closes it.
  const open = !oneDigit && !ended && /\d$/.test(buffer) ? tokens.length - 1 : -1;
  const codes: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const { code, longer } = matchCode(slot.codes, token);
    if (code === undefined) {
      if (i === open && longer) continue;
      return unknown(slot, token);
    }
    if (codes.includes(code)) return refused(entryMessage('entry.keys.duplicate_code', { paperNumber: slot.paperNumber, code }));
    codes.push(code);
  }
  const exclusive = codes.find((c) => slot.exclusive.includes(c));
  if (exclusive !== undefined && codes.length > 1) {
    return refused(entryMessage('entry.keys.exclusive', { paperNumber: slot.paperNumber, code: exclusive }));
  }
  if (slot.max !== undefined && codes.length > slot.max) {
    return refused(entryMessage('entry.keys.too_many', { paperNumber: slot.paperNumber, max: slot.max }));
  }
  const value = codes.length ? codes.sort((a, b) => a - b) : undefined;
  if (!ended) return { value, complete: false };
  return value ? completed(value) : emptyResult(slot);
}
