// The one formatter: dd/mm/yyyy and times in Asia/Ho_Chi_Minh whatever the machine's zone, numbers and
// percentages in the reader's language. These tests run under any TZ (CI runs in UTC).
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatNumber, formatPercent, formatTime, surveyDay } from '#shared/i18n/format.ts';

describe('dates and times in Asia/Ho_Chi_Minh', () => {
  it('shows an instant as the Vietnamese calendar day, dd/mm/yyyy', () => {
    expect(formatDate('2026-05-27T17:00:00Z')).toBe('28/05/2026');
    expect(formatDate('2026-05-27T16:59:59Z')).toBe('27/05/2026');
    expect(formatDate(new Date('2026-06-02T23:59:59+07:00'))).toBe('02/06/2026');
    expect(formatDay('2026-05-28')).toBe('28/05/2026');
    expect(formatDateTime('2026-05-28T00:30:00Z')).toBe('28/05/2026 07:30');
    expect(formatTime(Date.parse('2026-05-28T09:05:00Z'))).toBe('16:05');
  });

  it('keys days the same way, and agrees with the Intl formatter over a year of instants', () => {
    expect(surveyDay('2026-05-27T17:00:00Z')).toBe('2026-05-28');
    expect(surveyDay('2026-05-27T16:59:59.999Z')).toBe('2026-05-27');
    expect(surveyDay('2026-05-28T00:10:00+07:00')).toBe('2026-05-28');
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 3_599_999) {
      const [day, month, year] = formatDate(ms).split('/');
      expect(surveyDay(ms)).toBe(`${year}-${month}-${day}`);
    }
  });

  it('refuses what is not a date-time', () => {
    expect(() => surveyDay('28/05/2026')).toThrow(RangeError);
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('numbers', () => {
  it('groups thousands and writes decimals the Vietnamese way, or the English way', () => {
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(45.5)).toBe('45,5');
  });

  it('writes percentages with a space in Vietnamese, and shows over 100 % uncapped', () => {
    expect(formatPercent(0.455)).toBe('45,5\u00a0%');
    expect(formatPercent(0.455, 'en')).toBe('45.5%');
    expect(formatPercent(48 / 45, 'vi', 0)).toBe('107\u00a0%');
  });
});
