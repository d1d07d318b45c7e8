// Dates keyed as digits: ddmm (the year comes from the slot: the survey's year, printed on the form),
// ddmmyy (20yy) or ddmmyyyy; ddmm and ddmmyy end with Enter, ddmmyyyy completes at its eighth digit.
// Stored as ISO yyyy-mm-dd; shown dd/mm/yyyy. An impossible day or month is refused as soon as it is typed.
import { isValidIsoDate } from '../survey/check-answer.ts';
import { entryMessage } from './message.ts';
import { completed, refused, WAITING, type KeyResult } from './read-result.ts';
import type { DateSlot, InterviewDateSlot } from './slot.ts';

/** 2026-05-28 → 28/05/2026 (a calendar date has no time zone to convert). */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The digits typed so far shown against the mask: "2805" → "28/05", "280526" → "28/05/26". */
export function displayDateBuffer(buffer: string): string {
  return [buffer.slice(0, 2), buffer.slice(2, 4), buffer.slice(4)].filter(Boolean).join('/');
}

/** 2026-05-28 → "28052026": how a stored date is keyed again. */
export function dateKeys(iso: string): string {
  return iso.slice(8, 10) + iso.slice(5, 7) + iso.slice(0, 4);
}

/** The fewest digits that key a date: ddmm in the slot's year, ddmmyy in this century, else ddmmyyyy. */
export function shortestDateKeys(iso: string, year: number): string {
  const full = dateKeys(iso);
  if (iso.slice(0, 4) === String(year)) return full.slice(0, 4);
  return iso.startsWith('20') ? full.slice(0, 4) + full.slice(6) : full;
}

function isoOf(buffer: string, year: number): string | undefined {
  const day = buffer.slice(0, 2), month = buffer.slice(2, 4), rest = buffer.slice(4);
  const yyyy = rest.length === 0 ? String(year) : rest.length === 2 ? `20${rest}` : rest.length === 4 ? rest : undefined;
  const iso = yyyy && `${yyyy}-${month}-${day}`;
  return iso && isValidIsoDate(iso) ? iso : undefined;
}

export function readDate(slot: DateSlot | InterviewDateSlot, buffer: string, ended: boolean): KeyResult {
  const invalid = refused(slot.kind === 'interview_date'
    ? entryMessage('entry.keys.interview_date_invalid')
    : entryMessage('entry.keys.invalid_date', { paperNumber: slot.paperNumber }));
  if (!/^\d{1,8}$/.test(buffer)) return invalid;
  const day = Number(buffer.slice(0, 2)), month = Number(buffer.slice(2, 4));
  if (buffer.length >= 2 && (day < 1 || day > 31)) return invalid;
  if (buffer.length >= 4 && (month < 1 || month > 12)) return invalid;
  const iso = buffer.length === 4 || buffer.length === 6 || buffer.length === 8 ? isoOf(buffer, slot.year) : undefined;
  if (!ended && buffer.length < 8) return iso ? { value: iso, complete: false } : WAITING;
  if (!iso) return invalid;
  if (slot.kind === 'date' && ((slot.min !== undefined && iso < slot.min) || (slot.max !== undefined && iso > slot.max))) {
    return refused(entryMessage('entry.keys.date_out_of_range', {
      paperNumber: slot.paperNumber, value: displayDate(iso),
      min: slot.min ? displayDate(slot.min) : '…', max: slot.max ? displayDate(slot.max) : '…',
    }));
  }
  return completed(iso);
}
