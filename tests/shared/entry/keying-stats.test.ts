// The record's keying statistics: optional (records from before them, and interview-mode records, stay valid),
// whole counts that cannot be negative (the serial's soft warning is tested in serial-warning.test.ts).
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '../../../shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { InterviewSchema } from '../../../shared/interview/schema.ts';

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
