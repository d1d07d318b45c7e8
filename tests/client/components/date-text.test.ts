// The office's date field reads and shows dd/mm/yyyy (and dd/mm/yyyy hh:mm in Asia/Ho_Chi_Minh) whatever the
// browser's language: no Intl, no locale.
import { describe, expect, it } from 'vitest';
import { readDay, readDayTime, showDay, showDayTime } from '../../../client/src/components/date-text.ts';

describe('dates typed the Vietnamese way', () => {
  it('reads days, refusing what is no real day', () => {
    expect(readDay('28/05/2026')).toBe('2026-05-28');
    expect(readDay(' 2/6/2026 ')).toBe('2026-06-02');
    expect(readDay('05/28/2026')).toBeNull();
    expect(readDay('31/02/2026')).toBeNull();
    expect(readDay('2026-05-28')).toBeNull();
  });

  it('reads a day and a time as an instant in Asia/Ho_Chi_Minh', () => {
    expect(readDayTime('12/08/2022 07:30')).toBe('2022-08-12T07:30:00+07:00');
    expect(readDayTime('17/8/2022 16h30')).toBe('2022-08-17T16:30:00+07:00');
    expect(readDayTime('17/08/2022 24:00')).toBeNull();
    expect(readDayTime('17/08/2022')).toBeNull();
  });

  it('shows ISO days and instants as dd/mm/yyyy (hh:mm in Vietnam, whatever the zone they were written in)', () => {
    expect(showDay('2026-05-28')).toBe('28/05/2026');
    expect(showDayTime('2022-08-12T07:30:00+07:00')).toBe('12/08/2022 07:30');
    expect(showDayTime('2022-08-17T09:30:00.000Z')).toBe('17/08/2022 16:30');
    expect(showDayTime('not a date')).toBe('');
  });
});
