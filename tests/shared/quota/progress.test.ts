import { describe, expect, it } from 'vitest';
import { countsTowardQuota, progress, sumProgress } from '#shared/quota/progress.ts';

describe('quota arithmetic', () => {
  it('shows over quota instead of capping it', () => {
    const p = progress(45, { received: 48, approved: 40, flagged: 3 }, 2);
    expect(p).toEqual({ target: 45, received: 48, approved: 40, flagged: 3, waiting: 2, remaining: 0, ratio: 48 / 45, overBy: 3 });
  });

  it('never lets an over-quota unit make up for a short one in the total', () => {
    const total = sumProgress([progress(45, { received: 50, approved: 0, flagged: 0 }), progress(45, { received: 40, approved: 0, flagged: 0 })]);
    expect(total).toMatchObject({ target: 90, received: 90, remaining: 5, overBy: 5, ratio: 1 });
  });

  it('handles a zero target', () => {
    expect(progress(0, { received: 0, approved: 0, flagged: 0 }).ratio).toBe(0);
    // A unit without a target (0) only counts: never over quota, no percentage.
    expect(progress(0, { received: 2, approved: 0, flagged: 0 })).toMatchObject({ ratio: 0, overBy: 0, remaining: 0, received: 2 });
  });

  it('never counts practice, voided or rejected interviews', () => {
    expect(countsTowardQuota({ practice: false, voided: false, status: 'received' })).toBe(true);
    expect(countsTowardQuota({ practice: false, voided: false, status: 'approved' })).toBe(true);
    expect(countsTowardQuota({ practice: true, voided: false, status: 'received' })).toBe(false);
    expect(countsTowardQuota({ practice: false, voided: true, status: 'received' })).toBe(false);
    expect(countsTowardQuota({ practice: false, voided: false, status: 'rejected' })).toBe(false);
  });
});
