// The values a paper form holds while it is keyed: the answers plus the serial and the footer, which live
// outside the answers in the interview record. Reading and writing them by slot, and writing them as keys again.
import type { Answers } from '../survey/answer.ts';
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { keyOfMissingCode, missingCodeOf, NEW_LINE } from './keys.ts';
import { dateKeys } from './read-date.ts';
import { singleDigitCodes } from './read-choice.ts';
import type { SlotValue } from './read-result.ts';
import type { Slot } from './slot.ts';

export type FormValues = {
  answers: Answers;
  serial?: string | undefined;
  interviewerName?: string | undefined;
  interviewDate?: string | undefined;
};

export function valueOf(slot: Slot, values: FormValues): SlotValue {
  switch (slot.kind) {
    case 'serial': return values.serial;
    case 'interviewer': return values.interviewerName;
    case 'interview_date': return values.interviewDate;
    default: return values.answers[slot.id];
  }
}

/** A new FormValues with the slot's value set; undefined removes it (an optional text left blank). */
export function withValue(values: FormValues, slot: Slot, value: SlotValue): FormValues {
  const text = typeof value === 'string' ? value : undefined;
  switch (slot.kind) {
    case 'serial': return { ...values, serial: text };
    case 'interviewer': return { ...values, interviewerName: text };
    case 'interview_date': return { ...values, interviewDate: text };
    default: {
      const answers = { ...values.answers };
      if (value === undefined) delete answers[slot.id];
      else answers[slot.id] = value;
      return { ...values, answers };
    }
  }
}

/** Every unit question (Câu 6) holds the unit being keyed: pre-filled, never visited by the cursor. */
export function withUnit(compiled: CompiledQuestionnaire, answers: Answers, unitNo: string): Answers {
  const out = { ...answers };
  for (const q of compiled.questions) if (q.kind === 'unit') out[q.id] = unitNo;
  return out;
}

/** Two slot values mean the same answer (a multiple choice in any order). */
export function sameValue(a: SlotValue, b: SlotValue): boolean {
  const norm = (v: SlotValue) => JSON.stringify(Array.isArray(v) ? [...v].sort((x, y) => x - y) : v ?? null);
  return norm(a) === norm(b);
}

/** The text a clerk types for a stored value: "3", "135", "45", "28052026", "-" — also what a revisited slot shows. */
export function valueText(slot: Slot, value: SlotValue): string {
  if (value === undefined) return '';
  if (typeof value === 'object' && !Array.isArray(value)) return keyOfMissingCode(value.missing) ?? '';
  if (Array.isArray(value)) {
    const sorted = [...value].sort((a, b) => a - b);
    return slot.kind === 'multiple' && !singleDigitCodes(slot.codes) ? sorted.join(' ') : sorted.join('');
  }
  if (slot.kind === 'date' || slot.kind === 'interview_date') return dateKeys(String(value));
  const text = String(value);
  // A text that starts with a missing-code key is typed after a space (texts are stored trimmed).
  return (slot.kind === 'text' || slot.kind === 'interviewer') && missingCodeOf(text.slice(0, 1)) !== undefined ? ` ${text}` : text;
}

/** The keys that type `text` into a slot: one per character, a line break as Shift+Enter. */
export function keysOfText(text: string): string[] {
  return [...text].map((ch) => (ch === '\n' ? NEW_LINE : ch));
}
