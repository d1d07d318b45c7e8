// One answer box of the paper form as the keying cursor sees it: the serial, each answer variable of a question
// (a grid row is its own slot, an "other – specify" text its own slot), then the footer's interviewer and date.
import type { CompiledQuestion } from '../survey/compile.ts';
import type { SerialRange } from '../interview/serial.ts';

type Base = {
  /** 'serial', 'interviewer', 'interview_date', or the answer variable it writes (c7, c11_3, c3_other). */
  id: string;
  /** The slot's place in paper order: the cursor's coordinate, stable whatever the path. */
  order: number;
  /** As printed ("Câu 7", "11.3"); '' for the serial and the footer, which have messages of their own. */
  paperNumber: string;
  required: boolean;
};

export type SerialSlot = Base & { kind: 'serial'; unitNo: string; range?: SerialRange | undefined };
export type SingleSlot = Base & { kind: 'single'; codes: readonly number[] };
export type MultipleSlot = Base & { kind: 'multiple'; codes: readonly number[]; max: number | undefined; exclusive: readonly number[] };
export type NumberSlot = Base & { kind: 'number'; min: number | undefined; max: number | undefined; integer: boolean };
/** An open text, or the "other – specify" text of option `specifies`. */
export type TextSlot = Base & { kind: 'text'; maxLength: number; specifies: number | undefined };
/** A date question; `year` completes a ddmm entry. */
export type DateSlot = Base & { kind: 'date'; year: number; min: string | undefined; max: string | undefined };
export type InterviewerSlot = Base & { kind: 'interviewer'; maxLength: number };
export type InterviewDateSlot = Base & { kind: 'interview_date'; year: number };

export type Slot = SerialSlot | SingleSlot | MultipleSlot | NumberSlot | TextSlot | DateSlot | InterviewerSlot | InterviewDateSlot;
export type SlotKind = Slot['kind'];

export const SERIAL_SLOT = 'serial';
export const INTERVIEWER_SLOT = 'interviewer';
export const INTERVIEW_DATE_SLOT = 'interview_date';
export const INTERVIEWER_MAX_LENGTH = 100;

/** The serial and the footer live outside the answers and have no missing code of their own (the record needs them). */
export function allowsMissing(slot: Slot): boolean {
  return slot.kind !== 'serial' && slot.kind !== 'interviewer' && slot.kind !== 'interview_date';
}

/** The slots of one on-path question's answer variables, in paper order; unit and note questions have none. */
export function questionSlots(q: CompiledQuestion, orderOf: (id: string) => number, year: number): Slot[] {
  const base = (i: number) => {
    const id = q.answerVariables[i]!;
    return { id, order: orderOf(id), paperNumber: q.answerPaperNumbers[i]!, required: q.required };
  };
  switch (q.kind) {
    case 'single': case 'grid': {
      const codes = [...q.codes];
      return q.answerVariables.map((_, i) => ({ ...base(i), kind: 'single' as const, codes }));
    }
    case 'multiple':
      return [{ ...base(0), kind: 'multiple', codes: [...q.codes], max: q.max, exclusive: q.exclusiveCodes }];
    case 'number':
      return [{ ...base(0), kind: 'number', min: q.min, max: q.max, integer: q.integer }];
    case 'text':
      return [{ ...base(0), kind: 'text', maxLength: q.maxLength, specifies: undefined }];
    case 'date':
      return [{ ...base(0), kind: 'date', year, min: q.minDate, max: q.maxDate }];
    case 'unit': case 'note':
      return [];
  }
}

/** The "other – specify" text opened by `code` of question `q`: always required once its option is keyed. */
export function specifySlot(q: CompiledQuestion, code: number, orderOf: (id: string) => number): TextSlot | undefined {
  const s = q.specify.find((x) => x.code === code);
  if (!s) return undefined;
  return { id: s.variable, order: orderOf(s.variable), paperNumber: q.paperNumber, required: true, kind: 'text', maxLength: s.maxLength, specifies: code };
}
