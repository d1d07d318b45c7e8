// Serials as runs ("0701-0712,0715"): the device state's compact notation, written and read back.
import { describe, expect, it } from 'vitest';
import { formatSerialRuns, parseSerialRuns } from '#shared/interview/serial-runs.ts';

describe('formatSerialRuns', () => {
  it('sorts, drops repeats and joins consecutive serials into runs, leading zeros kept', () => {
    expect(formatSerialRuns(['0715', '0702', '0701', '0703', '0702', '0709'])).toBe('0701-0703,0709,0715');
  });
  it('writes nothing for no serial, and never joins serials of different lengths', () => {
    expect(formatSerialRuns([])).toBe('');
    expect(formatSerialRuns(['099', '0100', '0101'])).toBe('099,0100-0101');
  });
});

describe('parseSerialRuns', () => {
  it('reads back what was written', () => {
    const serials = ['0101', '0102', '0103', '0107', '2150'];
    expect(parseSerialRuns(formatSerialRuns(serials))).toEqual(serials);
  });
  it('skips a malformed part instead of failing (a newer notation must not break an old app)', () => {
    expect(parseSerialRuns('0701-0703,abc,0709-0705,07-0799,0710')).toEqual(['0701', '0702', '0703', '0710']);
    expect(parseSerialRuns('')).toEqual([]);
  });
});
