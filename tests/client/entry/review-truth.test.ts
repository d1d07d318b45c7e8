// What a review page says a form is (issue 16): each state its own, a voided or sent form with no error listed,
// and the unit question worded with the unit's name.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { reviewOf } from '#shared/entry/review.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import type { SentRow, SyncRecord } from '#client/db/rows.ts';
import { reviewStateOf, withoutProblems, withUnitName } from '#client/entry/review-truth.ts';

const AT = '2026-05-28T03:00:00.000Z';
const interview = (more: Partial<Interview> = {}): Interview => ({
  id: '00000000-0000-4000-8000-000000000001', surveySlug: 'hung-yen-2026', questionnaireVersion: 1, mode: 'direct', entry: 'interview',
  serial: '0101', unitNo: '01', accountId: 7, deviceId: '00000000-0000-4000-8000-0000000000aa', status: 'draft', revision: 1,
  baseRevision: null, practice: false, answers: { c6: '01' }, times: { startedAt: AT, updatedAt: AT }, ...more,
});
const record = (more: Partial<SyncRecord>): SyncRecord => ({
  interviewId: interview().id, accountId: 7, serverRevision: 1, syncedAt: null, outcome: 'returned', flags: [], change: 1, at: AT, ...more,
});
const sent: SentRow = {
  interviewId: interview().id, accountId: 7, surveySlug: 'hung-yen-2026', unitNo: '01', serial: '0101', practice: false, voided: false,
  sentAt: AT, status: 'needs_correction', flags: [],
};

describe('reviewStateOf', () => {
  it('names each state once: draft, finished, voided, sent, returned, refused, rejected', () => {
    expect(reviewStateOf(interview(), undefined, undefined)).toBe('draft');
    expect(reviewStateOf(interview({ status: 'finished' }), undefined, undefined)).toBe('finished');
    expect(reviewStateOf(interview({ status: 'finished', voided: { reason: 'Nhầm', at: AT } }), undefined, undefined)).toBe('voided');
    expect(reviewStateOf(interview({ status: 'received' }), undefined, undefined)).toBe('sent');
    expect(reviewStateOf(interview({ status: 'approved' }), undefined, undefined)).toBe('sent');
    expect(reviewStateOf(interview({ status: 'needs_correction' }), record({ comment: 'Câu 2' }), undefined)).toBe('returned');
    expect(reviewStateOf(interview({ status: 'needs_correction' }), undefined, sent)).toBe('returned');
    expect(reviewStateOf(interview({ status: 'needs_correction' }), record({ outcome: 'rejected', reason: { code: 'sync.reason.unitUnknown', params: {} } }), undefined)).toBe('refused');
    expect(reviewStateOf(interview({ status: 'rejected' }), undefined, undefined)).toBe('rejected');
  });
});

describe('the review shown', () => {
  const compiled = compileQuestionnaire(hungYen2026Version1);
  const review = reviewOf(compiled, interview(), null);

  it('lists no problem for a form not to be corrected, its answers kept', () => {
    expect(review.problems.length).toBeGreaterThan(0);
    const quiet = withoutProblems(review);
    expect(quiet.problems).toEqual([]);
    expect(quiet.sections.flatMap((s) => s.questions).every((q) => q.problems.length === 0)).toBe(true);
    expect(quiet.sections.flatMap((s) => s.questions).length).toBe(review.sections.flatMap((s) => s.questions).length);
  });

  it('words the unit question with the unit’s name, nothing else', () => {
    const named = withUnitName(review, 'c6', 'Đơn vị 01 – Đảng bộ phường Phố Hiến');
    const rows = named.sections.flatMap((s) => s.questions).flatMap((q) => q.rows);
    expect(rows.find((r) => r.variable === 'c6')?.answer).toEqual({ kind: 'value', value: 'Đơn vị 01 – Đảng bộ phường Phố Hiến' });
    expect(rows.find((r) => r.variable === 'c1')?.answer).toEqual(review.sections.flatMap((s) => s.questions).flatMap((q) => q.rows).find((r) => r.variable === 'c1')?.answer);
    expect(withUnitName(review, undefined, 'x')).toBe(review);
  });
});
