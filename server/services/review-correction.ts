// An admin's correction (decision 0019): new answers checked by the same engine the phone and the sync use, stored
// as a new revision — the one it replaces is kept in interview_revisions, never overwritten — with the admin's
// required reason in the interview's review log and the audit log. The interview is then received again.
import type { CorrectionRequest } from '#shared/api/review.ts';
import { nextStatus } from '#shared/interview/lifecycle.ts';
import type { Interview, InterviewStatus } from '#shared/interview/schema.ts';
import { problem } from '#shared/problems.ts';
import { cellOf } from '#shared/quota/progress.ts';
import { finalizeAnswers } from '#shared/survey/engine.ts';
import { findInterview, updateInterview } from '../repo/interviews.ts';
import { findQuotaCellVariable } from '../repo/quota-counts.ts';
import { findReviewRow, type ReviewListRow } from '../repo/review-list.ts';
import { bumpReviewVersion, insertReview } from '../repo/review.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';
import { canonicalWithHash } from '../sync/hash.ts';
import { compiledVersion } from '../sync/survey-context.ts';
import { heldAsSeen, type ReviewCall } from './review-actions.ts';
import { refreshSameAnswers } from './review-same-answers.ts';

/** Received stays received; returned for correction is received again (lifecycle's `receive`); others are refused. */
function statusAfterCorrection(status: string): InterviewStatus | null {
  if (status === 'received') return 'received';
  return nextStatus(status as InterviewStatus, 'receive');
}

export function correctInterview(call: ReviewCall, id: string, body: CorrectionRequest): ReviewListRow {
  const row = heldAsSeen(call, id, body);
  const reason = body.reason?.trim() ?? '';
  if (reason === '') throw problem('review.reasonRequired', { action: 'correct' });
  const to = statusAfterCorrection(row.status);
  if (!to || row.voided === 1) throw problem('review.transitionRefused', { from: row.voided === 1 ? 'voided' : row.status, action: 'correct' });
  const held = findInterview(call.db, id)!;
  const version = listQuestionnaireVersions(call.db, call.surveyId).find((v) => v.version === row.questionnaire_version);
  if (!version) throw problem('survey.versionNotFound');
  const finalized = finalizeAnswers(compiledVersion(call.db, call.surveyId, version), body.answers, { unitNo: row.unit_no });
  const issues = finalized.evaluation.issues;
  if (issues.length > 0) {
    const questions = [...new Set(issues.map((issue) => issue.paperNumber))].join(', ');
    throw problem('review.correctionRefused', { count: issues.length, questions });
  }
  const before = JSON.parse(held.record) as Interview;
  const record: Interview = { ...before, answers: finalized.answers, revision: row.revision + 1, baseRevision: row.revision };
  const { text, hash } = canonicalWithHash(record);
  const cellVariable = findQuotaCellVariable(call.db, call.surveyId);
  updateInterview(call.db, {
    id, surveyId: held.survey_id, unitId: held.unit_id, questionnaireVersion: held.questionnaire_version, mode: held.mode,
    entry: held.entry, serial: held.serial, accountId: held.account_id, deviceId: held.device_id, status: to,
    revision: record.revision, practice: held.practice === 1, voided: false, interviewDay: held.interview_day,
    flags: JSON.parse(held.flags) as string[], contentHash: hash, record: text, at: call.at,
    quotaCell: (cellVariable && cellOf(cellVariable, record.answers)) ?? '', secondKeying: held.second_keying === 1,
  }, held);
  bumpReviewVersion(call.db, id);
  // New answers may now equal, or no longer equal, another interview's.
  refreshSameAnswers(call.db, call.surveyId, held.unit_id);
  insertReview(call.db, { interviewId: id, action: 'correct', from: row.status, to, revision: record.revision, comment: reason, accountId: call.accountId, at: call.at });
  // Which answers changed, never their values: the audit log holds no answers.
  const changed = Object.keys({ ...before.answers, ...record.answers })
    .filter((v) => JSON.stringify(before.answers[v] ?? null) !== JSON.stringify(record.answers[v] ?? null));
  call.audit({ action: 'review.correct', target: `interview:${id}`, before: { revision: row.revision, status: row.status }, after: { revision: record.revision, status: to, reason, changed } });
  return findReviewRow(call.db, id)!;
}
