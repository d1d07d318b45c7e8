// The two missing-code keys: "-" blank on paper (-2) and "*" illegible / several marks (-3), on every kind of
// answer slot, refused where the record has no room for a missing code (the serial and the footer).
import { describe, expect, it } from 'vitest';
import { slotsOf } from '../../../shared/entry/cursor.ts';
import { BLANK_KEY, ILLEGIBLE_KEY, MISSING_KEY_PARAMS, MISSING_KEYS } from '../../../shared/entry/keys.ts';
import { readSlot } from '../../../shared/entry/paper-keys.ts';
import { vi } from '../../../shared/i18n/vi/index.ts';
import { keying, WIDE_CODES } from './support/keying.ts';

describe('missing-code keys', () => {
  it('are keys of a laptop row and of the numeric keypad, labelled with the survey\'s missing-code labels', () => {
    expect(MISSING_KEYS.map((k) => [k.key, k.code, vi[k.label]])).toEqual([
      ['-', -2, 'Để trống trên phiếu (-2)'],
      ['*', -3, 'Không đọc được / đánh nhiều ô (-3)'],
    ]);
    expect(MISSING_KEY_PARAMS).toEqual({ blankKey: BLANK_KEY, illegibleKey: ILLEGIBLE_KEY });
  });

  const demo = keying();
  const demoSlots = slotsOf(demo.compiled, { answers: { c3: 7, c8: [6], c12: [7], c15: [5] } }, demo.options);
  const wide = keying(WIDE_CODES);
  const wideSlots = slotsOf(wide.compiled, { answers: {} }, wide.options);
  const answerSlots = [...demoSlots, ...wideSlots].filter((s) => !['serial', 'interviewer', 'interview_date'].includes(s.id));

  it('cover every kind of answer slot in these tests', () => {
    expect(new Set(answerSlots.map((s) => s.kind))).toEqual(new Set(['single', 'multiple', 'number', 'text', 'date']));
    expect(answerSlots.map((s) => s.id)).toEqual(expect.arrayContaining(['c11_3', 'c3_other', 'c16', 'q3', 'q4']));
  });

  it.each([['-', -2], ['*', -3]] as const)('"%s" completes every answer slot at once with %i', (key, code) => {
    for (const slot of answerSlots) expect(readSlot(slot, key), slot.id).toEqual({ value: { missing: code }, complete: true });
  });

  it('is refused on the serial, the interviewer and the date', () => {
    for (const slot of demoSlots.filter((s) => ['serial', 'interviewer', 'interview_date'].includes(s.id))) {
      expect(readSlot(slot, '-').error, slot.id).toEqual({ code: 'entry.keys.missing_not_allowed', params: {} });
      expect(readSlot(slot, '*').error, slot.id).toEqual({ code: 'entry.keys.missing_not_allowed', params: {} });
    }
  });

  it('is only a missing key as the first key: "-" inside a text is a dash', () => {
    const c16 = demoSlots.find((s) => s.id === 'c16')!;
    expect(readSlot(c16, 'a-b', true)).toEqual({ value: 'a-b', complete: true });
    expect(readSlot(demoSlots.find((s) => s.id === 'c8')!, '1-').error?.code).toBe('entry.keys.digits_only');
  });

  it('at the keyboard: blank on Câu 1, illegible on grid row 11.2, blank on Câu 12, and moves on each time', () => {
    const k = keying().type('0701', '-');
    expect(k.answers().c1).toEqual({ missing: -2 });
    expect(k.at()).toBe('c2');
    k.type('*');
    expect(k.answers().c2).toEqual({ missing: -3 });
    k.goTo('c11_2').type('*');
    expect(k.answers().c11_2).toEqual({ missing: -3 });
    expect(k.at()).toBe('c11_3');
    k.goTo('c12').type('-');
    expect(k.answers().c12).toEqual({ missing: -2 });
    expect(k.at()).toBe('c13');
    k.goTo('serial').type('-');
    expect(k.error()?.code).toBe('entry.keys.missing_not_allowed');
    expect(k.at()).toBe('serial');
  });

  it('replaces a value already keyed once Backspace has cleared it on the revisited slot', () => {
    const k = keying().type('0701', '1');
    k.press('ArrowUp');
    expect(k.at()).toBe('c1');
    expect(k.buffer()).toBe('1');
    k.press('Backspace').type('-');
    expect(k.answers().c1).toEqual({ missing: -2 });
    k.press('ArrowUp');
    expect(k.buffer()).toBe('-');
  });
});
