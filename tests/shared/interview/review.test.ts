// The review's pure rules: which flags are still open, what needs a reason, and what changed between revisions.
import { describe, expect, it } from 'vitest';
import { diffAnswers, isClean, needsReason, openFlags } from '#shared/interview/review.ts';

describe('review rules', () => {
  it('keeps the flags no decision resolved, in one fixed order, each once', () => {
    expect(openFlags(['too_short', 'serial_duplicate', 'same_answers'], ['serial_duplicate'])).toEqual(['same_answers', 'too_short']);
    expect(openFlags(['over_quota', 'over_quota'], [])).toEqual(['over_quota']);
    expect(openFlags(['unknown_flag'], [])).toEqual([]);
    expect(isClean([], [])).toBe(true);
    expect(isClean(['over_quota'], ['over_quota'])).toBe(true);
    expect(isClean(['over_quota', 'too_short'], ['over_quota'])).toBe(false);
  });

  it('asks a reason of a return, a rejection, a void and a correction, not of an approval or a kept flag', () => {
    expect((['approve', 'keep'] as const).map(needsReason)).toEqual([false, false]);
    expect((['request_correction', 'reject', 'void', 'correct'] as const).map(needsReason)).toEqual([true, true, true, true]);
  });

  it('lists every answer added, removed or changed, missing codes included, in variable order', () => {
    expect(diffAnswers({ c1: 1, c2: 40, c8: [1, 2], c16: 'a' }, { c1: 1, c2: 41, c8: [2, 1], c5: { missing: -2 } })).toEqual([
      { variable: 'c16', before: 'a', after: null },
      { variable: 'c2', before: 40, after: 41 },
      { variable: 'c5', before: null, after: { missing: -2 } },
      { variable: 'c8', before: [1, 2], after: [2, 1] },
    ]);
    expect(diffAnswers({ c1: 1 }, { c1: 1 })).toEqual([]);
  });
});
