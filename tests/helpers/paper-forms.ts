// Three paper forms of the demo survey (Hưng Yên 2026, unit 07) as a clerk keys them, one after the other,
// on a device with nothing keyed yet: the answers, serial and footer written on paper, the exact keys, and
// how many. Unit tests replay the keys through the keying reducer; browser tests press them in the page.
//
// Assumed, as the keying screen does it: the unit (Câu 6) is pre-filled; a new form's serial is pre-filled
// with the suggestion (Enter accepts it); from the second form on, the footer is pre-filled with the previous
// form's interviewer and date. Dates are keyed ddmm in the survey's year (2026).
import { hungYen2026Version1 } from '../../shared/demo/hung-yen-2026.ts';
import { seededRandom } from '../../shared/demo/seeded-random.ts';
import { slotsOf } from '../../shared/entry/cursor.ts';
import { keysFor, type PaperFooter } from '../../shared/entry/keystrokes.ts';
import type { KeyingOptions } from '../../shared/entry/keying.ts';
import type { SlotValue } from '../../shared/entry/read-result.ts';
import { allowsMissing, type Slot } from '../../shared/entry/slot.ts';
import { withUnit, withValue, type FormValues } from '../../shared/entry/values.ts';
import { formatSerial } from '../../shared/interview/serial.ts';
import type { Answers } from '../../shared/survey/answer.ts';
import { compileQuestionnaire } from '../../shared/survey/compile.ts';
import { finalizeAnswers } from '../../shared/survey/engine.ts';

export type PaperForm = {
  name: string;
  serial: string;
  /** The answers as keyed (before finishing; Câu 6 pre-filled). */
  answers: Answers;
  /** The answers once finished: off-path questions hold -1 (what IndexedDB holds for a finished form). */
  finishedAnswers: Answers;
  footer: PaperFooter;
  /**
   * Key names for Playwright: press each with `keyboard.press(key)`, except single characters outside the US
   * layout (Vietnamese letters such as "ễ"), which Playwright cannot press: send those with `keyboard.type(key)`
   * (or use `sendKeys` below, which does both).
   */
  keys: readonly string[];
  keystrokes: number;
  /** What the keying screen pre-fills for this form when the forms are keyed in this order. */
  prefill: Pick<KeyingOptions, 'suggestedSerial' | 'defaults'>;
};

export const PAPER_UNIT_NO = '07';
export const PAPER_YEAR = 2026;
const INTERVIEWER = 'Nguyễn Văn An';
const compiled = compileQuestionnaire(hungYen2026Version1);

function form(f: Omit<PaperForm, 'finishedAnswers' | 'keystrokes'>): PaperForm {
  const finishedAnswers = finalizeAnswers(compiled, f.answers, { unitNo: PAPER_UNIT_NO }).answers;
  return { ...f, finishedAnswers, keystrokes: f.keys.length };
}

const chars = (text: string) => [...text];

/** Câu 7 = 3 (Không biết) → Câu 10: Câu 8 and 9 are never visited. Câu 16 left blank (Enter). */
export const SKIP_AT_7 = form({
  name: 'Câu 7 = 3 → Câu 10',
  serial: '0701',
  answers: {
    c1: 1, c2: 45, c3: 4, c4: 2, c5: 3, c6: '07', c7: 3, c10: 2,
    c11_1: 2, c11_2: 3, c11_3: 1, c11_4: 2, c11_5: 4, c12: [3, 4], c13: 2, c14: 2, c15: [1, 3],
  },
  footer: { interviewerName: INTERVIEWER, interviewDate: '2026-05-28' },
  keys: [
    'Enter', // Số phiếu 0701, suggested
    '1', '4', '5', '4', '2', '3', // Câu 1–5 (45 completes Câu 2: no longer age fits 18–100)
    '3', // Câu 7 = 3 → Câu 10
    '2', '2', '3', '1', '2', '4', // Câu 10, 11.1–11.5
    '3', '4', 'Enter', '2', '2', '1', '3', 'Enter', // Câu 12, 13, 14, 15
    'Enter', // Câu 16 left blank
    ...chars(INTERVIEWER), 'Enter', '2', '8', '0', '5', 'Enter', // footer: 28/05(/2026)
  ],
  prefill: { suggestedSerial: '0701' },
});

/** Câu 14 = 3 (Chưa bao giờ) → Câu 16; Câu 3 = 7 opens "Khác (ghi rõ)"; Câu 12 = 6, the exclusive option. */
export const SKIP_AT_14 = form({
  name: 'Câu 14 = 3 → Câu 16',
  serial: '0702',
  answers: {
    c1: 2, c2: 67, c3: 7, c3_other: 'Tiểu thương', c4: 1, c5: 2, c6: '07', c7: 1, c8: [1, 2], c9: 2, c10: 1,
    c11_1: 1, c11_2: 2, c11_3: 2, c11_4: 1, c11_5: 3, c12: [6], c13: 1, c14: 3, c16: 'Giảm thủ tục',
  },
  footer: { interviewerName: INTERVIEWER, interviewDate: '2026-05-28' },
  keys: [
    'Enter', '2', '6', '7', '7', ...chars('Tiểu thương'), 'Enter', // serial, Câu 1–3 and its "other" text
    '1', '2', '1', '1', '2', 'Enter', '2', '1', // Câu 4, 5, 7, 8 (1 and 2), 9, 10
    '1', '2', '2', '1', '3', '6', 'Enter', '1', '3', // Câu 11.1–11.5, 12, 13, 14 = 3 → Câu 16
    ...chars('Giảm thủ tục'), 'Enter',
    'Enter', 'Enter', // footer as on the previous form
  ],
  prefill: { suggestedSerial: '0702', defaults: { interviewerName: INTERVIEWER, interviewDate: '2026-05-28' } },
});

/** No skip taken; Câu 4 blank on paper (−), 11.3 illegible (*); age 100 takes three digits; another day. */
export const BLANK_ITEM = form({
  name: 'Câu 4 blank on paper, 11.3 illegible',
  serial: '0703',
  answers: {
    c1: 1, c2: 100, c3: 1, c4: { missing: -2 }, c5: 4, c6: '07', c7: 2, c8: [2, 4], c9: 1, c10: 4,
    c11_1: 2, c11_2: 2, c11_3: { missing: -3 }, c11_4: 3, c11_5: 2, c12: [1, 5], c13: 2, c14: 1, c15: [1, 2],
  },
  footer: { interviewerName: INTERVIEWER, interviewDate: '2026-05-29' },
  keys: [
    'Enter', '1', '1', '0', '0', '1', '-', '4', // serial, Câu 1, 2 = 100, 3, 4 blank, 5
    '2', '2', '4', 'Enter', '1', '4', // Câu 7, 8, 9, 10
    '2', '2', '*', '3', '2', // Câu 11.1–11.5
    '1', '5', 'Enter', '2', '1', '1', '2', 'Enter', // Câu 12, 13, 14, 15
    'Enter', // Câu 16 left blank
    'Enter', '2', '9', '0', '5', 'Enter', // same interviewer, 29/05
  ],
  prefill: { suggestedSerial: '0703', defaults: { interviewerName: INTERVIEWER, interviewDate: '2026-05-28' } },
});

/** In the order a clerk keys them: the prefill of each assumes the ones before it were keyed. */
export const PAPER_FORMS: readonly PaperForm[] = [SKIP_AT_7, SKIP_AT_14, BLANK_ITEM];

/** Presses the keys in a Playwright page: named keys and US-layout characters by press, other characters by type. */
export async function sendKeys(
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> }, keys: readonly string[],
): Promise<void> {
  const usLayout = /^[\x20-\x7e]$/;
  for (const key of keys) {
    if ([...key].length === 1 && !usLayout.test(key)) await keyboard.type(key);
    else await keyboard.press(key);
  }
}

const TEXTS = ['Tiểu thương', 'Giảm thủ tục', 'Nông dân trồng lúa', 'Cần công khai hơn'];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** A value a clerk could read off a paper form for this slot: mostly codes, now and then a blank or illegible item. */
function paperValue(next: () => number, slot: Slot): SlotValue {
  const roll = next();
  if (allowsMissing(slot) && roll < 0.04) return { missing: roll < 0.02 ? -2 : -3 };
  switch (slot.kind) {
    case 'single': return pick(next, slot.codes);
    case 'multiple': {
      const plain = slot.codes.filter((c) => !slot.exclusive.includes(c));
      if (slot.exclusive.length > 0 && roll > 0.9) return [slot.exclusive[0]!];
      const size = 1 + Math.floor(next() * Math.min(slot.max ?? 3, 3));
      return [...new Set(Array.from({ length: size }, () => pick(next, plain)))].sort((a, b) => a - b);
    }
    case 'number': return (slot.min ?? 0) + Math.floor(next() * ((slot.max ?? 99) - (slot.min ?? 0) + 1));
    case 'text': return slot.required || roll > 0.4 ? pick(next, TEXTS) : undefined;
    default: return undefined;
  }
}

/**
 * `count` paper forms of unit 07 generated from `seed`, keyed in order on a fresh device: serials 0701, 0702…,
 * every answer on the path drawn at random, two interviewers and three days in the footers, and the exact keys
 * (through keysFor, so they are the fewest the screen accepts) given what the screen pre-fills for each.
 */
export function generatePaperForms(count: number, seed = 15): PaperForm[] {
  const next = seededRandom(seed);
  const forms: PaperForm[] = [];
  let previous: PaperFooter | undefined;
  for (let n = 1; n <= count; n++) {
    const serial = formatSerial(PAPER_UNIT_NO, n);
    const options: KeyingOptions = { unitNo: PAPER_UNIT_NO, year: PAPER_YEAR, suggestedSerial: serial, defaults: previous };
    let values: FormValues = { answers: withUnit(compiled, {}, PAPER_UNIT_NO) };
    const decided = new Set<string>();
    for (;;) {
      const slot = slotsOf(compiled, values, options).find((s) => s.kind !== 'serial' && s.kind !== 'interviewer'
        && s.kind !== 'interview_date' && !decided.has(s.id));
      if (!slot) break;
      decided.add(slot.id);
      values = withValue(values, slot, paperValue(next, slot));
    }
    const footer: PaperFooter = {
      interviewerName: n <= count / 2 ? INTERVIEWER : 'Trần Thị Bình',
      interviewDate: `2026-05-${String(28 + Math.floor((3 * (n - 1)) / count)).padStart(2, '0')}`,
    };
    const keys = keysFor(compiled, values.answers, serial, footer, options);
    if (!keys) throw new Error(`generated form ${serial} cannot be keyed: ${JSON.stringify(values.answers)}`);
    forms.push({ ...form({ name: `generated ${serial}`, serial, answers: values.answers, footer, keys, prefill: options }) });
    previous = footer;
  }
  return forms;
}
