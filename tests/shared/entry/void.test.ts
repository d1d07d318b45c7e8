// Voiding keeps the interview with its reason; a finished form can be reopened until the server has it;
// practice forms are marked and never counted.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '../../../shared/demo/generate-interviews.ts';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { canReopen, voidInterview } from '../../../shared/entry/void.ts';
import { InterviewSchema } from '../../../shared/interview/schema.ts';
import { countsTowardQuota } from '../../../shared/quota/progress.ts';

const [interview] = generateInterviews({ version: hungYen2026Version1, count: 1, unitNos: ['07'], seed: 5 });
const AT = '2026-05-28T09:15:00+07:00';

describe('voidInterview', () => {
  it('marks the interview voided with the trimmed reason and time, keeping everything else', () => {
    const result = voidInterview(interview!, '  Ghi nhầm số phiếu ', AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.interview.voided).toEqual({ reason: 'Ghi nhầm số phiếu', at: AT });
    expect(result.interview.times.updatedAt).toBe(AT);
    expect(result.interview.answers).toEqual(interview!.answers);
    expect(InterviewSchema.safeParse(result.interview).success).toBe(true);
    expect(countsTowardQuota({ ...result.interview, voided: true })).toBe(false);
  });
  it('needs a reason, and refuses voiding twice', () => {
    expect(voidInterview(interview!, '   ', AT)).toEqual({ ok: false, problem: { code: 'entry.void.reason_required', params: {} } });
    const once = voidInterview(interview!, 'Trùng', AT);
    if (!once.ok) throw new Error('expected voided');
    expect(voidInterview(once.interview, 'Lần nữa', AT)).toEqual({ ok: false, problem: { code: 'entry.void.already_voided', params: {} } });
  });
});

describe('canReopen', () => {
  it('reopens a finished or sent-back form, not a received, draft or voided one', () => {
    expect(canReopen({ status: 'finished' })).toBe(true);
    expect(canReopen({ status: 'needs_correction' })).toBe(true);
    expect(canReopen({ status: 'received' })).toBe(false);
    expect(canReopen({ status: 'draft' })).toBe(false);
    expect(canReopen({ status: 'finished', voided: { reason: 'x', at: AT } })).toBe(false);
  });
});

describe('practice interviews', () => {
  it('are never counted toward the quota', () => {
    expect(countsTowardQuota({ practice: true, voided: false, status: 'finished' })).toBe(false);
    expect(countsTowardQuota({ practice: false, voided: false, status: 'finished' })).toBe(true);
  });
});
