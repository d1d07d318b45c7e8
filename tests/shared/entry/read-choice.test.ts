// Codes keyed for single and multiple choices: when a code completes by itself, when it waits, and what is
// refused inline (unknown codes, more than the maximum, the exclusive option combined, a code twice).
import { describe, expect, it } from 'vitest';
import { findSlot } from '../../../shared/entry/cursor.ts';
import { readSlot } from '../../../shared/entry/paper-keys.ts';
import type { Slot } from '../../../shared/entry/slot.ts';
import { keying, WIDE_CODES } from './support/keying.ts';

function slot(id: string, version = keying().compiled.version): Slot {
  const k = keying(version);
  return findSlot(k.compiled, k.values(), k.options, id)!;
}

describe('single choice, codes 1–7 (Câu 3)', () => {
  const c3 = slot('c3');
  it('completes as soon as a code is typed', () => {
    expect(readSlot(c3, '3')).toEqual({ value: 3, complete: true });
    expect(readSlot(c3, '7')).toEqual({ value: 7, complete: true });
  });
  it('refuses a code the question lacks, naming the paper number', () => {
    expect(readSlot(c3, '9')).toEqual({ complete: false, error: { code: 'entry.keys.unknown_code', params: { paperNumber: 'Câu 3', code: 9 } } });
    expect(readSlot(c3, '0').error?.code).toBe('entry.keys.unknown_code');
    expect(readSlot(c3, 'a').error).toEqual({ code: 'entry.keys.digits_only', params: { paperNumber: 'Câu 3' } });
  });
  it('asks for the missing keys on Enter with nothing typed', () => {
    expect(readSlot(c3, '', false)).toEqual({ complete: false });
    expect(readSlot(c3, '', true).error).toEqual({
      code: 'entry.keys.required', params: { paperNumber: 'Câu 3', blankKey: '-', illegibleKey: '*' },
    });
  });
  it('refuses Câu 7 = 9 at the keyboard and keeps the cursor there', () => {
    const k = keying().type('0701', '1', '45', '4', '2', '3');
    expect(k.at()).toBe('c7');
    k.type('9');
    expect(k.at()).toBe('c7');
    expect(k.buffer()).toBe('');
    expect(k.error()).toEqual({ code: 'entry.keys.unknown_code', params: { paperNumber: 'Câu 7', code: 9 } });
    k.type('1');
    expect(k.error()).toBeUndefined();
    expect(k.answers().c7).toBe(1);
    expect(k.at()).toBe('c8');
  });
});

describe('single choice, codes 1–12: ambiguous codes', () => {
  const q1 = slot('q1', WIDE_CODES);
  it('"1" waits for a second digit or Enter', () => {
    expect(readSlot(q1, '1')).toEqual({ value: 1, complete: false });
    expect(readSlot(q1, '1', true)).toEqual({ value: 1, complete: true });
    expect(readSlot(q1, '12')).toEqual({ value: 12, complete: true });
    expect(readSlot(q1, '10')).toEqual({ value: 10, complete: true });
    expect(readSlot(q1, '13').error?.params).toEqual({ paperNumber: 'Câu 1', code: 13 });
  });
  it('"2" to "9" complete at once, and zero-padded codes too ("01")', () => {
    expect(readSlot(q1, '2')).toEqual({ value: 2, complete: true });
    expect(readSlot(q1, '0')).toEqual({ complete: false });
    expect(readSlot(q1, '01')).toEqual({ value: 1, complete: true });
    expect(readSlot(q1, '0', true).error?.code).toBe('entry.keys.unknown_code');
  });
  it('through the keyboard: 1 Enter, 11, 01', () => {
    const k = keying(WIDE_CODES).type('0701');
    expect(k.at()).toBe('q1');
    k.type('1');
    expect(k.at()).toBe('q1');
    k.enter();
    expect(k.answers().q1).toBe(1);
    k.press('ArrowUp', 'Backspace').type('11');
    expect(k.answers().q1).toBe(11);
    k.press('ArrowUp', 'Backspace').type('01');
    expect(k.answers().q1).toBe(1);
    expect(k.at()).toBe('q2');
  });
});

describe('multiple choice, one-digit codes (Câu 8, Câu 12: at most 3, 6 exclusive)', () => {
  const c8 = slot('c8');
  const c12 = slot('c12');
  it('reads codes typed back to back or separated, stores them ascending, and ends with Enter', () => {
    expect(readSlot(c8, '135')).toEqual({ value: [1, 3, 5], complete: false });
    expect(readSlot(c8, '531', true)).toEqual({ value: [1, 3, 5], complete: true });
    expect(readSlot(c8, '1 3,5', true)).toEqual({ value: [1, 3, 5], complete: true });
    expect(readSlot(c8, '1, 3 ', true)).toEqual({ value: [1, 3], complete: true });
  });
  it('refuses an unknown code and a code keyed twice', () => {
    expect(readSlot(c8, '17').error).toEqual({ code: 'entry.keys.unknown_code', params: { paperNumber: 'Câu 8', code: 7 } });
    expect(readSlot(c8, '121').error).toEqual({ code: 'entry.keys.duplicate_code', params: { paperNumber: 'Câu 8', code: 1 } });
    expect(readSlot(c8, '1x').error?.code).toBe('entry.keys.digits_only');
  });
  it('refuses a fourth code of Câu 12 inline, not silently', () => {
    expect(readSlot(c12, '123')).toEqual({ value: [1, 2, 3], complete: false });
    expect(readSlot(c12, '1234').error).toEqual({ code: 'entry.keys.too_many', params: { paperNumber: 'Câu 12', max: 3 } });
  });
  it('refuses the exclusive "6 Không có khó khăn gì" with another code, in either order', () => {
    expect(readSlot(c12, '6', true)).toEqual({ value: [6], complete: true });
    expect(readSlot(c12, '62').error).toEqual({ code: 'entry.keys.exclusive', params: { paperNumber: 'Câu 12', code: 6 } });
    expect(readSlot(c12, '26').error).toEqual({ code: 'entry.keys.exclusive', params: { paperNumber: 'Câu 12', code: 6 } });
  });
  it('at the keyboard: the refused key is not kept, the codes before it are', () => {
    const k = keying().goTo('c12').type('1234');
    expect(k.buffer()).toBe('123');
    expect(k.error()?.code).toBe('entry.keys.too_many');
    k.press('Backspace', 'Backspace', 'Backspace').type('6');
    expect(k.error()).toBeUndefined();
    k.type('2');
    expect(k.buffer()).toBe('6');
    expect(k.error()?.code).toBe('entry.keys.exclusive');
    k.enter();
    expect(k.answers().c12).toEqual([6]);
    expect(k.at()).toBe('c13');
  });
  it('does not complete by itself even at the maximum: a fourth mark on paper must not land in Câu 13', () => {
    const k = keying().goTo('c12').type('123');
    expect(k.at()).toBe('c12');
    k.type('4');
    expect(k.at()).toBe('c12');
    expect(k.answers().c13).toBeUndefined();
  });
});

describe('multiple choice, codes up to 12: separated by space or comma', () => {
  const q2 = slot('q2', WIDE_CODES);
  it('reads tokens, waiting on an open token that may grow', () => {
    expect(readSlot(q2, '1')).toEqual({ value: [1], complete: false });
    expect(readSlot(q2, '1 11,3', true)).toEqual({ value: [1, 3, 11], complete: true });
    expect(readSlot(q2, '10 1')).toEqual({ value: [1, 10], complete: false });
    expect(readSlot(q2, '13').error?.params).toEqual({ paperNumber: 'Câu 2', code: 13 });
    expect(readSlot(q2, '12 1').error?.code).toBe('entry.keys.exclusive');
    expect(readSlot(q2, '1 2 3 4 5').error?.code).toBe('entry.keys.too_many');
    expect(readSlot(q2, ' ,', true).error?.code).toBe('entry.keys.required');
  });
});
