// How the keying screen words a slot: its label (paper number and text as printed) and a keyed value as a
// clerk checks it against the paper (code and option label, dd/mm/yyyy, or the declared missing code).
import { displayDate, displayDateBuffer } from '#shared/entry/read-date.ts';
import type { SlotValue } from '#shared/entry/read-result.ts';
import type { Slot } from '#shared/entry/slot.ts';
import { isMissingAnswer } from '#shared/survey/missing.ts';
import type { CompiledQuestion, CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { Option } from '#shared/survey/questionnaire.ts';

type T = (code: string, params?: Record<string, string | number>) => string;

const MISSING: Record<number, string> = { [-1]: 'survey.missing.skipped', [-2]: 'survey.missing.blank', [-3]: 'survey.missing.illegible' };

export function questionOfSlot(compiled: CompiledQuestionnaire, slotId: string): CompiledQuestion | undefined {
  const index = compiled.questionIndexOf.get(slotId);
  return index === undefined ? undefined : compiled.questions[index];
}

export function optionsOf(q: CompiledQuestion): Option[] {
  return 'options' in q.question ? (q.question as { options: Option[] }).options : [];
}

export function slotLabel(compiled: CompiledQuestionnaire, slot: Slot, t: T): string {
  if (slot.kind === 'serial') return t('entry.slot.serial');
  if (slot.kind === 'interviewer') return t('entry.slot.interviewer');
  if (slot.kind === 'interview_date') return t('entry.slot.interview_date');
  if (slot.kind === 'text' && slot.specifies !== undefined) return t('entry.slot.specify', { paperNumber: slot.paperNumber });
  const q = questionOfSlot(compiled, slot.id);
  if (!q) return slot.paperNumber;
  const row = q.question.kind === 'grid' ? q.question.rows.find((r) => r.variable === slot.id) : undefined;
  return row ? `${row.paperNumber}. ${row.text}` : `${q.paperNumber}. ${q.question.text}`;
}

export function shownValue(compiled: CompiledQuestionnaire, slot: Slot, value: SlotValue, t: T): string {
  if (value === undefined) return '';
  if (isMissingAnswer(value)) return t(MISSING[value.missing] ?? 'survey.missing.blank');
  if ((slot.kind === 'date' || slot.kind === 'interview_date') && typeof value === 'string') return displayDate(value);
  const q = questionOfSlot(compiled, slot.id);
  const label = (code: number) => `${code}. ${q ? optionsOf(q).find((o) => o.code === code)?.label ?? '' : ''}`.trim();
  if (typeof value === 'number' && slot.kind === 'single') return label(value);
  if (Array.isArray(value)) return value.map(label).join(' · ');
  return String(value);
}

/** The buffer as the slot's box shows it while typing: a date against its dd/mm mask, anything else as typed. */
export function shownBuffer(slot: Slot, buffer: string, prefilled: boolean): string {
  if ((slot.kind === 'date' || slot.kind === 'interview_date') && /^\d+$/.test(buffer)) {
    return prefilled && buffer.length === 8 ? displayDate(`${buffer.slice(4)}-${buffer.slice(2, 4)}-${buffer.slice(0, 2)}`) : displayDateBuffer(buffer);
  }
  return buffer;
}

/** Where the cursor is on the form, for "Câu 8/16": the question of the slot (0 on the serial, all once done). */
export function progressOf(compiled: CompiledQuestionnaire, slot: Slot | null): { question: number; questions: number } {
  const questions = compiled.questions.length;
  if (!slot) return { question: questions, questions };
  const index = compiled.questionIndexOf.get(slot.id);
  return { question: index === undefined ? (slot.kind === 'serial' ? 0 : questions) : index + 1, questions };
}
