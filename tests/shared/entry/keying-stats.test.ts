// The record's keying statistics: optional (records from before them, and interview-mode records, stay valid),
// whole counts that cannot be negative; and the soft warning for a serial past the unit's quota.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '../../../shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { InterviewSchema } from '../../../shared/interview/schema.ts';
import { serialWarning } from '../../../shared/entry/serial.ts';

const [interview] = generateInterviews({ version: hungYen2026Version1, count: 1, unitNos: ['07'], seed: 9 });
const keying = { keys: 48, corrections: 3, seconds: 41.25, verified: true };

describe('the keying statistics of a record', () => {
  it('are optional: a record without them stays valid', () => {
    expect(interview!.keying).toBeUndefined();
    expect(InterviewSchema.safeParse(interview).success).toBe(true);
  });
  it('are kept as sent', () => {
    expect(InterviewSchema.parse({ ...interview, keying }).keying).toEqual(keying);
  });
  it('refuse negative or fractional counts and unknown fields', () => {
    expect(InterviewSchema.safeParse({ ...interview, keying: { ...keying, corrections: -1 } }).success).toBe(false);
    expect(InterviewSchema.safeParse({ ...interview, keying: { ...keying, keys: 4.5 } }).success).toBe(false);
    expect(InterviewSchema.safeParse({ ...interview, keying: { ...keying, pauses: 2 } }).success).toBe(false);
  });
});

describe('serialWarning', () => {
  it('warns past the unit\'s quota, naming the whole serial, and not within it', () => {
    expect(serialWarning('0745', '07', 45)).toBeNull();
    expect(serialWarning('0746', '07', 45)).toEqual({ code: 'entry.serial.past_quota', params: { serial: '0746', unitNo: '07', quota: 45 } });
    expect(serialWarning('0801', '07', 45)?.code).toBe('entry.serial.out_of_range');
  });
});
