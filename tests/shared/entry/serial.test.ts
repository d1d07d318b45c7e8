// Serials on one device: the next serial suggested for a stack of paper forms, and a serial already used on
// this device for this survey refused on the spot (voided ones free their serial; practice forms are apart).
import { describe, expect, it } from 'vitest';
import { serialInUse, suggestSerial, usedSerials, type DeviceInterview } from '../../../shared/entry/serial.ts';
import { keying } from './support/keying.ts';

const SURVEY = 'hung-yen-2026';
let n = 0;
const on = (serial: string, more: Partial<DeviceInterview> & { voided?: unknown } = {}): DeviceInterview & { voided?: unknown } => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, surveySlug: SURVEY, serial, practice: false, ...more,
});

describe('suggestSerial', () => {
  it('suggests the unit\'s first serial on a fresh device', () => {
    expect(suggestSerial('07', new Set())).toBe('0701');
    expect(suggestSerial('21', new Set())).toBe('2101');
  });
  it('after the last keyed, the next one in the stack even if a lower serial is free', () => {
    const used = new Set(['0701', '0703', '0704', '0705', '0706', '0707']);
    expect(suggestSerial('07', used, '0707')).toBe('0708');
    expect(suggestSerial('07', used, '0703')).toBe('0708'); // 0704–0707 already keyed: skip them
  });
  it('with nothing keyed in this sitting, the lowest free serial (a gap is a form still to key)', () => {
    expect(suggestSerial('07', new Set(['0701', '0703']))).toBe('0702');
  });
  it('falls back to the lowest free when nothing is free above the last, and gives null when all 99 are used', () => {
    const used = new Set(['0799', '0798', '0701']);
    expect(suggestSerial('07', used, '0799')).toBe('0702');
    const all = new Set(Array.from({ length: 99 }, (_, i) => `07${String(i + 1).padStart(2, '0')}`));
    expect(suggestSerial('07', all, '0750')).toBeNull();
  });
  it('ignores a last serial of another unit', () => {
    expect(suggestSerial('07', new Set(['0701']), '0805')).toBe('0702');
  });
});

describe('usedSerials', () => {
  it('lists the live serials of this survey, practice apart', () => {
    const device = [on('0701'), on('0702', { voided: { reason: 'x', at: '2026-05-28T08:00:00Z' } }), on('0703', { surveySlug: 'other' }),
      on('0704', { practice: true }), on('0705')];
    expect([...usedSerials(SURVEY, device)]).toEqual(['0701', '0705']);
    expect([...usedSerials(SURVEY, device, { practice: true })]).toEqual(['0704']);
  });
});

describe('serialInUse', () => {
  const first = on('0701');
  const device = [first, on('0702', { voided: { reason: 'Ghi nhầm', at: '2026-05-28T08:00:00Z' } }), on('0703', { surveySlug: 'khac' }), on('0704', { practice: true })];

  it('refuses a serial another live interview of this survey has, with a code and the other interview', () => {
    expect(serialInUse('0701', SURVEY, device)).toEqual({ code: 'entry.serial.in_use', params: { serial: '0701' }, interviewId: first.id });
  });
  it('ignores voided interviews, other surveys and the interview being edited', () => {
    expect(serialInUse('0702', SURVEY, device)).toBeNull();
    expect(serialInUse('0703', SURVEY, device)).toBeNull();
    expect(serialInUse('0701', SURVEY, device, { exceptId: first.id })).toBeNull();
    expect(serialInUse('0705', SURVEY, device)).toBeNull();
  });
  it('keeps practice forms apart from real ones', () => {
    expect(serialInUse('0704', SURVEY, device)).toBeNull();
    expect(serialInUse('0704', SURVEY, device, { practice: true })?.code).toBe('entry.serial.in_use');
    expect(serialInUse('0701', SURVEY, device, { practice: true })).toBeNull();
  });
  it('refuses the serial on the spot while keying, and takes another', () => {
    const k = keying(undefined, {
      suggestedSerial: '0702', checkSerial: (serial) => serialInUse(serial, SURVEY, device),
    });
    expect(k.buffer()).toBe('0702');
    k.type('0701');
    expect(k.at()).toBe('serial');
    expect(k.error()).toMatchObject({ code: 'entry.serial.in_use', params: { serial: '0701' } });
    expect(k.buffer()).toBe('0701'); // the box shows the whole serial the message names
    k.enter();
    expect(k.error()?.code).toBe('entry.serial.in_use');
    k.press('Backspace').type('2');
    expect(k.values().serial).toBe('0702');
    expect(k.at()).toBe('c1');
  });
});
