// The pure flags: the field window in Vietnam's days and instants (both ends included, device clock corrected;
// the paper's date for paper forms) and the three-minute floor of an interview taken face to face.
import { describe, expect, it } from 'vitest';
import { fieldWindowDays, interviewDay, isOutsideWindow, isTooShort, MIN_INTERVIEW_MS } from '#shared/sync/flags.ts';

const window = fieldWindowDays({ fieldWindow: { start: '2026-05-28T00:00:00+07:00', end: '2026-06-02T23:59:59+07:00' } });
const at = (finishedAt: string, minutes = 20) => ({
  entry: 'interview' as const,
  times: { startedAt: new Date(Date.parse(finishedAt) - minutes * 60_000).toISOString(), updatedAt: finishedAt, finishedAt },
});
const paper = (interviewDate: string) => ({ ...at('2026-05-30T10:00:00+07:00'), entry: 'paper' as const, paper: { interviewerName: 'An', interviewDate } });

describe('window flag', () => {
  it('holds both ends of the window, in Vietnam time whatever offset the device wrote', () => {
    expect(window).toMatchObject({ firstDay: '2026-05-28', lastDay: '2026-06-02' });
    expect(isOutsideWindow(window, at('2026-05-27T17:00:00Z'), 0)).toBe(false); // 28/05 00:00 in Vietnam
    expect(isOutsideWindow(window, at('2026-05-27T16:59:59Z'), 0)).toBe(true);
    expect(isOutsideWindow(window, at('2026-06-02T23:59:59+07:00'), 0)).toBe(false);
    expect(isOutsideWindow(window, at('2026-06-03T00:00:00+07:00'), 0)).toBe(true);
  });

  it('corrects the device time by its clock offset before deciding, and dates it the same way', () => {
    const slow = at('2026-05-27T10:00:00+07:00');
    expect(isOutsideWindow(window, slow, 24 * 3_600_000)).toBe(false);
    expect(interviewDay(slow, 24 * 3_600_000)).toBe('2026-05-28');
    expect(interviewDay(slow, 0)).toBe('2026-05-27');
  });

  it('takes a paper form’s day from the paper, not the clock', () => {
    expect(isOutsideWindow(window, paper('2026-06-02'), -30 * 24 * 3_600_000)).toBe(false);
    expect(isOutsideWindow(window, paper('2026-06-03'), 0)).toBe(true);
    expect(interviewDay(paper('2026-05-27'), 0)).toBe('2026-05-27');
  });
});

describe('too-short flag', () => {
  it('flags an interview under three minutes, never a paper form or an unfinished one', () => {
    expect(MIN_INTERVIEW_MS).toBe(180_000);
    expect(isTooShort(at('2026-05-30T10:00:00+07:00', 2.99))).toBe(true);
    expect(isTooShort(at('2026-05-30T10:00:00+07:00', 3))).toBe(false);
    expect(isTooShort({ ...paper('2026-05-30'), times: { startedAt: '2026-05-30T10:00:00+07:00', updatedAt: '2026-05-30T10:00:00+07:00', finishedAt: '2026-05-30T10:00:00+07:00' } })).toBe(false);
    expect(isTooShort({ entry: 'interview', times: { startedAt: '2026-05-30T10:00:00+07:00', updatedAt: '2026-05-30T10:00:00+07:00' } })).toBe(false);
  });
});
