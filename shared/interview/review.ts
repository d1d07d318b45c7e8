// The review's pure rules (decision 0019): which flags an interview carries and which are still open, what a
// decision on a flag may be, and what changed between two revisions' answers. No zod: office and tests read it.
import type { AnswerValue, Answers } from '../survey/answer.ts';

/** The flags the sync receipt carries (shared/interview/receipt.ts) and the one the review raises itself. */
export const REVIEW_FLAGS = ['serial_duplicate', 'same_answers', 'over_quota', 'outside_window', 'too_short', 'after_close'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

/** Keep the interview as it is (for a duplicate: keep both), or void it — with a reason, never deleted. */
export const FLAG_DECISIONS = ['keep', 'void'] as const;
export type FlagDecision = (typeof FLAG_DECISIONS)[number];

/** The admin's review events (shared/interview/lifecycle.ts), and voiding, which is a mark, not a status. */
export const REVIEW_ACTIONS = ['approve', 'request_correction', 'reject', 'void'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Refusing or voiding says why: the enumerator and the audit log read it. */
export function needsReason(action: ReviewAction | FlagDecision | 'correct'): boolean {
  return action === 'request_correction' || action === 'reject' || action === 'void' || action === 'correct';
}

/** The flags raised and not resolved by a decision, in the fixed order of REVIEW_FLAGS. */
export function openFlags(raised: readonly string[], resolved: readonly string[]): ReviewFlag[] {
  const done = new Set(resolved);
  const all = new Set(raised);
  return REVIEW_FLAGS.filter((flag) => all.has(flag) && !done.has(flag));
}

/** Clean, for a bulk approval: no flag left open. */
export function isClean(raised: readonly string[], resolved: readonly string[]): boolean {
  return openFlags(raised, resolved).length === 0;
}

export type AnswerChange = { variable: string; before: AnswerValue | null; after: AnswerValue | null };

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Every variable whose answer differs between two revisions, in variable order (null: no answer). */
export function diffAnswers(before: Answers, after: Answers): AnswerChange[] {
  const variables = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return variables
    .filter((variable) => !same(before[variable], after[variable]))
    .map((variable) => ({ variable, before: before[variable] ?? null, after: after[variable] ?? null }));
}

/** One clerk's keying of paper forms, summed from the records' keying statistics. */
export type KeyingTotals = { forms: number; keys: number; corrections: number; seconds: number; verified: number };

export type KeyingRates = {
  /** Forms keyed per hour of keying (first key to last of each form); null before any time was measured. */
  formsPerHour: number | null;
  keysPerForm: number | null;
  /** Keys that took back what was keyed, per 1,000 keys. */
  correctionsPerThousandKeys: number | null;
};

/** The supervisor's three figures for a clerk (issue 20, item 9), rounded to one decimal. */
export function keyingRates(t: KeyingTotals): KeyingRates {
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  return {
    formsPerHour: t.seconds > 0 ? oneDecimal((t.forms * 3600) / t.seconds) : null,
    keysPerForm: t.forms > 0 ? oneDecimal(t.keys / t.forms) : null,
    correctionsPerThousandKeys: t.keys > 0 ? oneDecimal((t.corrections * 1000) / t.keys) : null,
  };
}
