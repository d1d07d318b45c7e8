// Numbers, texts and dates as keyed: the range of Câu 2, "other – specify" texts, the optional Câu 16, the
// serial and the footer (interviewer, date keyed as ddmm / ddmmyy / ddmmyyyy and shown dd/mm/yyyy).
import { describe, expect, it } from 'vitest';
import { findSlot } from '../../../shared/entry/cursor.ts';
import { readSlot } from '../../../shared/entry/paper-keys.ts';
import { displayDate, displayDateBuffer } from '../../../shared/entry/read-date.ts';
import type { Slot } from '../../../shared/entry/slot.ts';
import { keying, WIDE_CODES } from './support/keying.ts';

function slot(id: string, version = keying().compiled.version, answers = {}): Slot {
  const k = keying(version);
  return findSlot(k.compiled, { answers }, k.options, id)!;
}

describe('Câu 2: age 18–100', () => {
  const c2 = slot('c2');
  const outOfRange = (value: number) => ({ code: 'entry.keys.out_of_range', params: { paperNumber: 'Câu 2', value, min: 18, max: 100 } });
  it('completes a two-digit age at once: no longer age fits (450 > 100)', () => {
    expect(readSlot(c2, '4')).toEqual({ value: undefined, complete: false });
    expect(readSlot(c2, '45')).toEqual({ value: 45, complete: true });
    expect(readSlot(c2, '18')).toEqual({ value: 18, complete: true });
    expect(readSlot(c2, '99')).toEqual({ value: 99, complete: true });
  });
  it('waits on "10" (it may be 100) and completes 100 at its third digit', () => {
    expect(readSlot(c2, '10')).toEqual({ value: undefined, complete: false });
    expect(readSlot(c2, '100')).toEqual({ value: 100, complete: true });
    expect(readSlot(c2, '101').error).toEqual(outOfRange(101));
  });
  it('refuses ages outside the range, on Enter or as soon as nothing longer fits', () => {
    expect(readSlot(c2, '17').error).toEqual(outOfRange(17));
    expect(readSlot(c2, '9', true).error).toEqual(outOfRange(9));
    expect(readSlot(c2, '10', true).error).toEqual(outOfRange(10));
    expect(readSlot(c2, '4a').error?.code).toBe('entry.keys.digits_only');
    expect(readSlot(c2, '4.5').error?.code).toBe('entry.keys.digits_only');
  });
  it('at the keyboard: 1, 7 is refused, 9 completes 19 and moves to Câu 3', () => {
    const k = keying().type('0701', '2', '17');
    expect(k.at()).toBe('c2');
    expect(k.buffer()).toBe('1');
    k.type('9');
    expect(k.answers().c2).toBe(19);
    expect(k.at()).toBe('c3');
  });
});

describe('numbers without a maximum, or with fractions', () => {
  it('always end with Enter', () => {
    const q5 = slot('q5', WIDE_CODES);
    expect(readSlot(q5, '12345')).toEqual({ value: 12345, complete: false });
    expect(readSlot(q5, '12345', true)).toEqual({ value: 12345, complete: true });
    const q4 = slot('q4', WIDE_CODES);
    expect(readSlot(q4, '2,5', true)).toEqual({ value: 2.5, complete: true });
    expect(readSlot(q4, '2.')).toEqual({ value: 2, complete: false });
    expect(readSlot(q4, '60', true).error?.code).toBe('entry.keys.out_of_range');
    expect(readSlot(q4, ',', true).error?.code).toBe('entry.keys.digits_only');
    expect(readSlot(q4, '1,2,3').error?.code).toBe('entry.keys.digits_only');
  });
});

describe('texts', () => {
  it('Câu 16 is optional: Enter on nothing leaves it blank', () => {
    const c16 = slot('c16');
    expect(readSlot(c16, '', true)).toEqual({ value: undefined, complete: true });
    expect(readSlot(c16, '  Cần thêm cán bộ  ', true)).toEqual({ value: 'Cần thêm cán bộ', complete: true });
    expect(readSlot(c16, 'Cần')).toEqual({ value: 'Cần', complete: false });
  });
  it('Câu 3 = 7 opens its "Khác (ghi rõ)" text, which must be filled', () => {
    const other = slot('c3_other', undefined, { c3: 7 });
    expect(other).toMatchObject({ kind: 'text', paperNumber: 'Câu 3', required: true, specifies: 7 });
    expect(readSlot(other, ' ', true).error).toEqual({ code: 'entry.keys.specify_required', params: { paperNumber: 'Câu 3', code: 7 } });
    const k = keying().type('0701', '1', '45', '7');
    expect(k.at()).toBe('c3_other');
    k.enter();
    expect(k.error()?.code).toBe('entry.keys.specify_required');
    k.type('Tiểu thương').enter();
    expect(k.answers()).toMatchObject({ c3: 7, c3_other: 'Tiểu thương' });
    expect(k.at()).toBe('c4');
  });
  it('refuses a character past the maximum length', () => {
    const k = keying(WIDE_CODES).goTo('q7').type('Nông dân trồng lúa');
    expect(k.buffer()).toBe('Nông dân t');
    expect(k.error()).toEqual({ code: 'entry.keys.too_long', params: { paperNumber: 'Câu 7', max: 10 } });
  });
  it('takes a line break with Shift+Enter, and a text starting with "-" after a space', () => {
    const k = keying().goTo('c16').type('Một').press('Shift+Enter').type('Hai').enter();
    expect(k.answers().c16).toBe('Một\nHai');
    k.goTo('c16').type(' -5 %').enter();
    expect(k.answers().c16).toBe('-5 %');
  });
  it('takes a whole text from an input (an input method composes Vietnamese letters from several keys)', () => {
    const k = keying().goTo('c16').input('Nâng cao');
    expect(k.buffer()).toBe('Nâng cao');
    k.input('Nâng cao chất lượng').enter();
    expect(k.answers().c16).toBe('Nâng cao chất lượng');
    const long = keying(WIDE_CODES).goTo('q7').input('Mười một chữ');
    expect(long.error()?.code).toBe('entry.keys.too_long');
    expect(long.buffer()).toBe('');
  });
});

describe('dates', () => {
  const footer = slot('interview_date');
  const q3 = slot('q3', WIDE_CODES);
  it('ddmm takes the survey year, ddmmyy is 20yy, ddmmyyyy completes at its eighth digit', () => {
    expect(readSlot(footer, '2805')).toEqual({ value: '2026-05-28', complete: false });
    expect(readSlot(footer, '2805', true)).toEqual({ value: '2026-05-28', complete: true });
    expect(readSlot(footer, '280526', true)).toEqual({ value: '2026-05-28', complete: true });
    expect(readSlot(footer, '28052026')).toEqual({ value: '2026-05-28', complete: true });
    expect(readSlot(footer, '2805202')).toEqual({ complete: false });
  });
  it('refuses an impossible day or month as soon as it is typed, and a date that does not exist', () => {
    const invalid = { code: 'entry.keys.interview_date_invalid', params: {} };
    expect(readSlot(footer, '32').error).toEqual(invalid);
    expect(readSlot(footer, '00').error).toEqual(invalid);
    expect(readSlot(footer, '2813').error).toEqual(invalid);
    expect(readSlot(footer, '3102', true).error).toEqual(invalid);
    expect(readSlot(footer, '280', true).error).toEqual(invalid);
    expect(readSlot(footer, '28/0').error).toEqual(invalid);
    expect(readSlot(footer, '2902', true).error).toEqual(invalid); // 2026 is not a leap year
    expect(readSlot(footer, '29022028')).toEqual({ value: '2028-02-29', complete: true });
  });
  it('checks a date question against its range, shown dd/mm/yyyy', () => {
    expect(readSlot(q3, '01011990')).toEqual({ value: '1990-01-01', complete: true });
    expect(readSlot(q3, '0101', true).error).toEqual({
      code: 'entry.keys.date_out_of_range', params: { paperNumber: 'Câu 3', value: '01/01/2026', min: '01/01/1926', max: '28/05/2008' },
    });
    expect(readSlot(q3, '3102', true).error).toEqual({ code: 'entry.keys.invalid_date', params: { paperNumber: 'Câu 3' } });
  });
  it('shows the digits typed and the stored date as dd/mm/yyyy', () => {
    expect(displayDateBuffer('2')).toBe('2');
    expect(displayDateBuffer('2805')).toBe('28/05');
    expect(displayDateBuffer('28052026')).toBe('28/05/2026');
    expect(displayDate('2026-05-28')).toBe('28/05/2026');
  });
});

describe('the serial and the interviewer', () => {
  const serial = slot('serial');
  it('completes the serial at four digits for unit 07, and refuses another unit\'s at once', () => {
    expect(readSlot(serial, '070')).toEqual({ complete: false });
    expect(readSlot(serial, '0708')).toEqual({ value: '0708', complete: true });
    const other = { code: 'entry.keys.serial_other_unit', params: { serial: '08…', unitNo: '07', first: '0701', last: '0799' } };
    expect(readSlot(serial, '08').error).toEqual(other);
    expect(readSlot(serial, '0700').error?.code).toBe('entry.keys.serial_other_unit');
    expect(readSlot(serial, '07', true).error).toEqual({ code: 'entry.keys.serial_length', params: { length: 4 } });
    expect(readSlot(serial, '', true).error).toEqual({ code: 'entry.keys.serial_length', params: { length: 4 } });
    expect(readSlot(serial, '07001').error?.code).toBe('entry.keys.serial_length');
    expect(readSlot(serial, '0x').error?.code).toBe('entry.keys.serial_digits');
  });
  it('requires the interviewer\'s name, trimmed, at most 100 characters', () => {
    const name = slot('interviewer');
    expect(readSlot(name, ' Nguyễn Văn An ', true)).toEqual({ value: 'Nguyễn Văn An', complete: true });
    expect(readSlot(name, '   ', true).error).toEqual({ code: 'entry.keys.interviewer_required', params: {} });
    expect(readSlot(name, 'a'.repeat(101)).error).toEqual({ code: 'entry.keys.interviewer_too_long', params: { max: 100 } });
  });
});
