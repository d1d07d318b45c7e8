// The keying cursor: the slots of a paper form in paper order, given the answers so far. Questions off the
// path (evaluate's path) have no slot; an "other – specify" text has one only while its code is keyed;
// unit questions are pre-filled and notes hold nothing, so neither has one.
import type { CompiledQuestionnaire } from '../survey/compile.ts';
import { evaluate } from '../survey/engine.ts';
import {
  INTERVIEW_DATE_SLOT, INTERVIEWER_MAX_LENGTH, INTERVIEWER_SLOT, questionSlots, SERIAL_SLOT, specifySlot, type Slot,
} from './slot.ts';
import type { FormValues } from './values.ts';
import type { SerialRange } from '../interview/serial.ts';

export type KeyingContext = {
  /** The unit being keyed ("07"): its serials, and the answer of the unit question. */
  unitNo: string;
  /** The year a ddmm date means: the survey's year, printed on the form ("__/__/2026"). */
  year: number;
  /** The survey's explicit serial range for the unit, when it sets one (unitSerialRange): a serial then has its
   * length and any digits, and one outside it is warned about (warnSerial), not refused. */
  serialRange?: SerialRange | undefined;
};

const orders = new WeakMap<CompiledQuestionnaire, ReadonlyMap<string, number>>();

/** Paper order of every possible slot: serial, every variable (an "other" text right after its question), footer. */
function orderOf(compiled: CompiledQuestionnaire): (id: string) => number {
  let order = orders.get(compiled);
  if (!order) {
    const ids = [SERIAL_SLOT, ...compiled.variables, INTERVIEWER_SLOT, INTERVIEW_DATE_SLOT];
    order = new Map(ids.map((id, i) => [id, i]));
    orders.set(compiled, order);
  }
  const map = order;
  return (id) => map.get(id) ?? -1;
}

function chosen(value: unknown, code: number): boolean {
  return value === code || (Array.isArray(value) && value.includes(code));
}

/** Every slot the clerk keys for these values, in paper order. */
export function slotsOf(compiled: CompiledQuestionnaire, values: FormValues, context: KeyingContext): Slot[] {
  const order = orderOf(compiled);
  const onPath = new Set(evaluate(compiled, values.answers, { unitNo: context.unitNo, stage: 'draft' }).path);
  const slots: Slot[] = [{ id: SERIAL_SLOT, order: order(SERIAL_SLOT), paperNumber: '', required: true, kind: 'serial', unitNo: context.unitNo, range: context.serialRange }];
  for (const q of compiled.questions) {
    if (!onPath.has(q.id)) continue;
    slots.push(...questionSlots(q, order, context.year));
    for (const s of q.specify) {
      if (chosen(values.answers[q.id], s.code)) slots.push(specifySlot(q, s.code, order)!);
    }
  }
  slots.push(
    { id: INTERVIEWER_SLOT, order: order(INTERVIEWER_SLOT), paperNumber: '', required: true, kind: 'interviewer', maxLength: INTERVIEWER_MAX_LENGTH },
    { id: INTERVIEW_DATE_SLOT, order: order(INTERVIEW_DATE_SLOT), paperNumber: '', required: true, kind: 'interview_date', year: context.year },
  );
  return slots;
}

export function findSlot(compiled: CompiledQuestionnaire, values: FormValues, context: KeyingContext, id: string): Slot | undefined {
  return slotsOf(compiled, values, context).find((s) => s.id === id);
}

/**
 * The slot after `currentId` for these values (the first slot when null). The current slot need not be on the
 * path any more: the next one is found by paper order, so changing Câu 7 back from 3 brings Câu 8 next.
 */
export function nextSlot(compiled: CompiledQuestionnaire, values: FormValues, currentId: string | null, context: KeyingContext): Slot | null {
  const from = currentId === null ? -1 : orderOf(compiled)(currentId);
  return slotsOf(compiled, values, context).find((s) => s.order > from) ?? null;
}

/** The slot before `currentId` (the last slot, the footer's date, when null: coming back from review). */
export function previousSlot(compiled: CompiledQuestionnaire, values: FormValues, currentId: string | null, context: KeyingContext): Slot | null {
  const to = currentId === null ? Number.POSITIVE_INFINITY : orderOf(compiled)(currentId);
  return slotsOf(compiled, values, context).findLast((s) => s.order < to) ?? null;
}
