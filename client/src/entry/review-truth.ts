// What a review page tells about a form (issue 16): its state in one word — being entered, finished and waiting,
// voided, sent, returned or refused — and a review fit for that state (no problems listed on a voided form, the
// unit's name instead of its number on the unit question).
import type { Review } from '#shared/entry/review.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { SentRow, SyncRecord } from '../db/rows.ts';

export type ReviewState = 'draft' | 'finished' | 'voided' | 'sent' | 'returned' | 'refused' | 'rejected';

export function reviewStateOf(interview: Interview, record: SyncRecord | undefined, sent: SentRow | undefined): ReviewState {
  if (interview.voided) return 'voided';
  if (interview.status === 'needs_correction') return record?.comment !== undefined || sent ? 'returned' : 'refused';
  if (interview.status === 'received' || interview.status === 'approved') return 'sent';
  return interview.status;
}

/** The review without its problems: a voided or sent form is not to be corrected, so no error is listed. */
export function withoutProblems(review: Review): Review {
  return {
    ...review, problems: [], dropped: [], header: { ...review.header, problems: [] },
    sections: review.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, problems: [] })) })),
  };
}

/** The unit question (Câu 6) reads "07 – Xã …", not "07". */
export function withUnitName(review: Review, variable: string | undefined, label: string): Review {
  if (!variable) return review;
  return {
    ...review,
    sections: review.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => ({
        ...q, rows: q.rows.map((r) => (r.variable === variable && r.answer.kind === 'value' ? { ...r, answer: { kind: 'value' as const, value: label } } : r)),
      })),
    })),
  };
}
