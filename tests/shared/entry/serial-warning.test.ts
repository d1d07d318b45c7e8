// The keying's soft serial warning reads the unit's range through the one function (unitSerialRange): the default
// scheme keeps its rule (unit number + two digits up to the target), and a survey's explicit range is the forms
// the office printed for the unit; at the keyboard, a serial under an explicit range has its length and any digits.
import { describe, expect, it } from 'vitest';
import { serialWarning } from '../../../shared/entry/serial.ts';
import type { SerialRange } from '../../../shared/interview/serial.ts';
import { keying } from './support/keying.ts';

const unit07 = { no: '07', quota: 45 };
const codeOf = (serial: string, survey: Parameters<typeof serialWarning>[1], unit = unit07) => serialWarning(serial, survey, unit)?.code ?? null;

describe('serialWarning, default scheme', () => {
  it('warns past the unit\'s quota, naming the whole serial, and not within it', () => {
    expect(serialWarning('0745', {}, unit07)).toBeNull();
    expect(serialWarning('0701', {}, unit07)).toBeNull();
    expect(serialWarning('0746', {}, unit07)).toEqual({ code: 'entry.serial.past_quota', params: { serial: '0746', unitNo: '07', quota: 45 } });
    expect(codeOf('0799', {})).toBe('entry.serial.past_quota');
  });

  it('warns outside the unit\'s serials', () => {
    expect(serialWarning('0801', {}, unit07)).toEqual({ code: 'entry.serial.out_of_range', params: { serial: '0801', unitNo: '07' } });
    expect(codeOf('0700', {})).toBe('entry.serial.out_of_range');
    expect(codeOf('07001', {})).toBe('entry.serial.out_of_range');
  });

  it('a unit with no target warns only outside its 99 serials', () => {
    const open = { no: '07', quota: 0 };
    expect(codeOf('0799', {}, open)).toBeNull();
    expect(codeOf('0801', {}, open)).toBe('entry.serial.out_of_range');
  });

  it('another unit\'s explicit range leaves this unit on the default scheme', () => {
    expect(codeOf('0746', { serialRanges: { '08': { first: '0801', last: '0830' } } })).toBe('entry.serial.past_quota');
  });
});

describe('serialWarning, explicit ranges', () => {
  const survey = { serialRanges: { '07': { first: '0701', last: '0745' } } };

  it('0701–0745: quiet inside, a warning on 0746 and on 0801', () => {
    expect(codeOf('0701', survey)).toBeNull();
    expect(codeOf('0745', survey)).toBeNull();
    expect(serialWarning('0746', survey, unit07)).toEqual({ code: 'entry.serial.out_of_range', params: { serial: '0746', unitNo: '07' } });
    expect(codeOf('0801', survey)).toBe('entry.serial.out_of_range');
    expect(codeOf('0700', survey)).toBe('entry.serial.out_of_range');
  });

  it('a range wider than the target: past the quota once beyond the target\'s count from its start', () => {
    const wide = { serialRanges: { '07': { first: '0701', last: '0760' } } };
    expect(codeOf('0745', wide)).toBeNull();
    expect(codeOf('0746', wide)).toBe('entry.serial.past_quota');
    expect(codeOf('0761', wide)).toBe('entry.serial.out_of_range');
  });

  it('a range not starting at the unit\'s number (a province\'s own numbering)', () => {
    const own = { serialRanges: { '07': { first: '1201', last: '1245' } } };
    expect(codeOf('1201', own)).toBeNull();
    expect(codeOf('0701', own)).toBe('entry.serial.out_of_range');
    expect(codeOf('1246', own)).toBe('entry.serial.out_of_range');
  });
});

describe('keying a stack under the survey\'s serial scheme', () => {
  /** Keying unit 07 (target 45) as the keying session sets it up from the survey the device stores. */
  const keyer = (serialRanges?: Record<string, SerialRange>) => keying(undefined, {
    serialRange: serialRanges?.['07'], warnSerial: (serial) => serialWarning(serial, { serialRanges }, unit07),
  });
  /** The serial completes at its last digit: a warning stops it there, a second Enter keeps it. */
  const keyed = (k: ReturnType<typeof keyer>, serial: string) => k.type(serial);

  it('default scheme: 0746 warned past the quota and kept by a second Enter; 0801 refused at once as another unit\'s', () => {
    const k = keyed(keyer(), '0746');
    expect(k.state()).toMatchObject({ slot: { id: 'serial' }, buffer: '0746', error: { code: 'entry.serial.past_quota' } });
    expect(k.enter().values().serial).toBe('0746');
    expect(keyer().type('08').error()?.code).toBe('entry.keys.serial_other_unit');
  });

  it('explicit 0701–0745: 0746 and 0801 warned outside the range, 0745 goes on', () => {
    const ranges = { '07': { first: '0701', last: '0745' } };
    for (const serial of ['0746', '0801']) {
      expect(keyed(keyer(ranges), serial).state(), serial).toMatchObject({ slot: { id: 'serial' }, buffer: serial, error: { code: 'entry.serial.out_of_range' } });
    }
    expect(keyed(keyer(ranges), '0745').at()).toBe('c1');
  });

  it('an explicit range of another shape (five digits, another prefix) is keyed at its length, not refused', () => {
    const k = keyer({ '07': { first: '12001', last: '12045' } }).type('1200');
    expect(k.state()).toMatchObject({ slot: { id: 'serial' }, buffer: '1200', error: undefined });
    expect(k.type('1').values().serial).toBe('12001');
    expect(k.at()).toBe('c1');
    expect(keyed(keyer({ '07': { first: '12001', last: '12045' } }), '12046').error()?.code).toBe('entry.serial.out_of_range');
  });
});
