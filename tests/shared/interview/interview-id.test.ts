import { describe, expect, it } from 'vitest';
import { InterviewSchema } from '#shared/interview/schema.ts';
import { interviewId, newInterviewId } from '#shared/interview/interview-id.ts';

const zeros = new Uint8Array(10);
const ones = new Uint8Array(10).fill(0xff);

describe('interview ids (UUID v7)', () => {
  it('put the time first, then version 7 and the RFC 9562 variant', () => {
    const ms = Date.parse('2026-05-30T01:02:03.456Z');
    expect(interviewId(ms, zeros)).toBe(`${ms.toString(16).padStart(12, '0').replace(/^(.{8})/, '$1-')}-7000-8000-000000000000`);
    expect(interviewId(ms, ones)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7fff-bfff-ffffffffffff$/);
  });

  it('sort in the order they were made, whatever their random bits', () => {
    const made = Array.from({ length: 200 }, (_, i) => interviewId(1_780_000_000_000 + i * 37, i % 2 ? ones : zeros));
    expect([...made].sort()).toEqual(made);
  });

  it('are accepted by the interview record and unique', () => {
    const ids = Array.from({ length: 1000 }, () => newInterviewId(1_780_000_000_000));
    expect(new Set(ids).size).toBe(1000);
    const id = ids[0]!;
    const field = InterviewSchema.shape.id.safeParse(id);
    expect(field.success).toBe(true);
  });

  it('refuse too few random bytes', () => {
    expect(() => interviewId(0, new Uint8Array(4))).toThrow(RangeError);
  });
});
