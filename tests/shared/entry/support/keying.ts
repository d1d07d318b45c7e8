// A keying scenario that reads like a clerk at the keyboard:
//   const k = keying(); k.type('1', '45'); expect(k.at()).toBe('c3'); k.type('9'); expect(k.error()).toMatchObject(…)
import { hungYen2026Version1 } from '../../../../shared/demo/hung-yen-2026.ts';
import { focusSlot, pressKey, setBuffer, startKeying, type KeyingOptions, type KeyingState } from '../../../../shared/entry/keying.ts';
import { slotsOf } from '../../../../shared/entry/cursor.ts';
import type { FormValues } from '../../../../shared/entry/values.ts';
import { compileQuestionnaire } from '../../../../shared/survey/compile.ts';
import type { QuestionnaireVersion } from '../../../../shared/survey/questionnaire.ts';

export function keying(
  version: QuestionnaireVersion = hungYen2026Version1,
  options: Partial<KeyingOptions> = {},
  draft?: FormValues,
) {
  const compiled = compileQuestionnaire(version);
  const opts: KeyingOptions = { unitNo: '07', year: 2026, ...options };
  let state: KeyingState = startKeying(compiled, opts, draft);
  let count = 0;
  const api = {
    compiled,
    options: opts,
    /** Presses named keys as they are ('Enter', 'Backspace', 'ArrowUp', '-'). */
    press(...keys: string[]) {
      for (const key of keys) { state = pressKey(compiled, opts, state, key); count++; }
      return api;
    },
    /** Types each character of each string, one key per character. */
    type(...texts: string[]) {
      for (const text of texts) api.press(...[...text]);
      return api;
    },
    enter: () => api.press('Enter'),
    /** Moves to a slot (a click, or a problem link of the review). */
    goTo(id: string) { state = focusSlot(compiled, opts, state, id); return api; },
    /** What a text <input> hands over (an input method, a paste). */
    input(text: string) { state = setBuffer(compiled, opts, state, text); return api; },
    state: () => state,
    at: () => state.slot?.id ?? null,
    buffer: () => state.buffer,
    error: () => state.error,
    answers: () => state.values.answers,
    values: () => state.values,
    keystrokes: () => count,
    slotIds: () => slotsOf(compiled, state.values, opts).map((s) => s.id),
  };
  return api;
}

/** A tiny questionnaire for what the demo survey lacks: codes up to 12, a date question, a decimal number. */
export const WIDE_CODES: QuestionnaireVersion = {
  surveySlug: 'wide-codes', version: 1, status: 'published',
  sections: [{
    title: 'A',
    questions: [
      {
        kind: 'single', variable: 'q1', paperNumber: 'Câu 1', text: 'Tỉnh',
        options: Array.from({ length: 12 }, (_, i) => ({ code: i + 1, label: `Tỉnh ${i + 1}` })),
      },
      {
        kind: 'multiple', variable: 'q2', paperNumber: 'Câu 2', text: 'Kênh', max: 4,
        options: [
          ...Array.from({ length: 11 }, (_, i) => ({ code: i + 1, label: `Kênh ${i + 1}` })),
          { code: 12, label: 'Không có', exclusive: true },
        ],
      },
      { kind: 'date', variable: 'q3', paperNumber: 'Câu 3', text: 'Ngày sinh', min: '1926-01-01', max: '2008-05-28' },
      { kind: 'number', variable: 'q4', paperNumber: 'Câu 4', text: 'Diện tích (ha)', integer: false, min: 0, max: 50 },
      { kind: 'number', variable: 'q5', paperNumber: 'Câu 5', text: 'Số con', min: 0 },
      { kind: 'note', variable: 'q6', paperNumber: 'Câu 6', text: 'Cảm ơn.' },
      { kind: 'text', variable: 'q7', paperNumber: 'Câu 7', text: 'Nghề nghiệp', maxLength: 10 },
    ],
  }],
};
