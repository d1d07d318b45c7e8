// What an admin does to one interview (decision 0019): a review action (approve, return for correction, reject,
// void) by shared/interview/lifecycle.ts's transitions, and a decision on one of its flags. Each names the
// revision and review version it was taken on: a second admin acting on what the first already changed is
// refused (review.changed), and nothing is half-done — the caller runs it in one transaction with its audit entry.
import type { FlagDecisionRequest, ReviewActionRequest } from '#shared/api/review.ts';
import { nextStatus } from '#shared/interview/lifecycle.ts';
import { needsReason, REVIEW_FLAGS, type ReviewFlag } from '#shared/interview/review.ts';
import type { Interview, InterviewStatus } from '#shared/interview/schema.ts';
import { problem } from '#shared/problems.ts';
import type { AuditEntry } from '../audit/record.ts';
import type { Db } from '../db/open.ts';
import { findReviewRow, type ReviewListRow } from '../repo/review-list.ts';
import { findHeldForReview, insertFlagDecision, insertReview, setResolvedFlags, setReviewStatus, voidInterview } from '../repo/review.ts';
import { refreshSerialGroup } from '../sync/flags.ts';
import { isReconciled } from '../repo/double-keying.ts';
import { refreshSameAnswers } from './review-same-answers.ts';
import { matesOf } from './review-view.ts';

export type ReviewCall = {
  db: Db; surveyId: number; accountId: number; at: string; audit: (entry: AuditEntry) => void;
  /** Whether the survey keys paper forms twice (read only when an approval needs it). */
  doubleKeying?: () => boolean;
};

/** The interview as the admin saw it, or a refusal: unknown (or of another survey), or changed since. */
export function heldAsSeen(call: ReviewCall, id: string, seen: { revision: number; version: number }): ReviewListRow {
  const row = findReviewRow(call.db, id);
  if (!row || row.survey_id !== call.surveyId) throw problem('review.notFound');
  if (row.revision !== seen.revision || row.review_version !== seen.version) {
    throw problem('review.changed', { revision: row.revision, version: row.review_version });
  }
  return row;
}

function reasonOf(action: Parameters<typeof needsReason>[0], text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  if (needsReason(action) && reason === '') throw problem('review.reasonRequired', { action });
  return reason === '' ? null : reason;
}

function voidRow(call: ReviewCall, row: ReviewListRow, reason: string): void {
  voidInterview(call.db, row.id, call.at);
  insertReview(call.db, { interviewId: row.id, action: 'void', from: row.status, to: row.status, revision: row.revision, comment: reason, accountId: call.accountId, at: call.at });
  // A voided form no longer holds its serial or its answers: its partners' duplicate flags are worked out again.
  if (row.serial) refreshSerialGroup(call.db, call.surveyId, row.serial);
  refreshSameAnswers(call.db, call.surveyId, row.unit_id);
}

export function applyReviewAction(call: ReviewCall, id: string, body: ReviewActionRequest): ReviewListRow {
  const row = heldAsSeen(call, id, body);
  const comment = reasonOf(body.action, body.comment);
  const target = `interview:${id}`;
  if (row.voided === 1) throw problem('review.transitionRefused', { from: 'voided', action: body.action });
  if (body.action === 'void') {
    voidRow(call, row, comment ?? '');
    call.audit({ action: 'review.void', target, before: { status: row.status }, after: { voided: true, reason: comment } });
  } else {
    const to = nextStatus(row.status as InterviewStatus, body.action);
    if (!to) throw problem('review.transitionRefused', { from: row.status, action: body.action });
    // Under double keying a paper form is approved once reconciled with its second keying (decision 0019).
    if (body.action === 'approve' && row.entry === 'paper' && row.second_keying === 0 && call.doubleKeying?.() === true && !isReconciled(call.db, id)) {
      throw problem('review.notReconciled');
    }
    setReviewStatus(call.db, id, to, body.action === 'request_correction' ? comment : null, call.at);
    insertReview(call.db, { interviewId: id, action: body.action, from: row.status, to, revision: row.revision, comment, accountId: call.accountId, at: call.at });
    const action = body.action === 'approve' ? 'review.approve' : body.action === 'reject' ? 'review.reject' : 'review.return';
    call.audit({ action, target, before: { status: row.status, revision: row.revision }, after: { status: to, comment } });
  }
  return findReviewRow(call.db, id)!;
}

/**
 * A decision on one open flag of the interview. Keeping a duplicate (serial or answers) keeps both: the flag is
 * resolved on its mates too, each with its own decision row. Voiding voids this interview only.
 */
export function decideFlag(call: ReviewCall, id: string, flagName: string, body: FlagDecisionRequest): ReviewListRow {
  if (!(REVIEW_FLAGS as readonly string[]).includes(flagName)) throw problem('review.flagNotRaised', { flag: flagName });
  const flag = flagName as ReviewFlag;
  const carries = (member: ReviewListRow) => [...(JSON.parse(member.flags) as string[]), ...(JSON.parse(member.review_flags) as string[])].includes(flag);
  const row = heldAsSeen(call, id, body);
  const decision = body.decision === 'merge' ? 'void' : body.decision;
  const reason = reasonOf(decision, body.reason) ?? '';
  const resolved = JSON.parse(row.resolved_flags) as string[];
  if (resolved.includes(flag)) throw problem('review.flagResolved', { flag });
  if (row.voided === 1) throw problem('review.transitionRefused', { from: 'voided', action: body.decision });
  if (!carries(row)) throw problem('review.flagNotRaised', { flag });
  const record = JSON.parse(findHeldForReview(call.db, id)!.record) as Interview;
  const mates = decision === 'keep' || body.decision === 'merge' ? matesOf(call.db, row, call.surveyId, flag, record) : [];
  // A merge names the mate that holds the household's data: this one is voided as its copy.
  if (body.decision === 'merge' && (!body.into || !mates.includes(body.into))) throw problem('review.badMerge', { flag });
  const resolve = (member: ReviewListRow): boolean => {
    const done = JSON.parse(member.resolved_flags) as string[];
    if (done.includes(flag) || !carries(member)) return false;
    if (!insertFlagDecision(call.db, { interviewId: member.id, flag, decision, reason, accountId: call.accountId, revision: member.revision, at: call.at })) {
      throw problem('review.flagResolved', { flag });
    }
    setResolvedFlags(call.db, member.id, [...done, flag]);
    return true;
  };
  resolve(row);
  const kept = decision === 'keep'
    ? mates.map((mateId) => findReviewRow(call.db, mateId)).filter((mate) => mate !== undefined && resolve(mate)).map((mate) => mate!.id)
    : [];
  if (decision === 'void') voidRow(call, findReviewRow(call.db, id)!, reason);
  call.audit({
    action: 'review.flag', target: `interview:${id}`,
    before: { flag, status: row.status },
    after: { flag, decision: body.decision, reason, alsoResolved: kept, ...(body.decision === 'merge' ? { mergedInto: body.into } : {}) },
  });
  return findReviewRow(call.db, id)!;
}
