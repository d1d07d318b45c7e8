// An interview as the review shows it: a list row as the API's item, and one interview's detail — its answers,
// its flags with their mates and decisions, its keying statistics and its history (revisions with what changed,
// who made each and why, and every review action).
import type { FlagState, HistoryEntry, ReviewDetail, ReviewItem } from '#shared/api/review.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { diffAnswers, openFlags, REVIEW_FLAGS, type ReviewFlag } from '#shared/interview/review.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { listInterviewsWithSerial } from '../repo/interviews.ts';
import { findHeldForReview, listFlagDecisions, listReviews, listStoredRevisions, listUnitAnswers } from '../repo/review.ts';
import type { ReviewListRow } from '../repo/review-list.ts';

const parseFlags = (text: string) => JSON.parse(text) as string[];
const raisedOf = (row: Pick<ReviewListRow, 'flags' | 'review_flags'>) => [...parseFlags(row.flags), ...parseFlags(row.review_flags)];

export function toReviewItem(row: ReviewListRow): ReviewItem {
  const resolved = parseFlags(row.resolved_flags);
  return {
    id: row.id, unitNo: row.unit_no, serial: row.serial, accountId: row.account_id, username: row.username,
    deviceId: row.device_id, mode: row.mode as ReviewItem['mode'], entry: row.entry as ReviewItem['entry'],
    status: row.status as ReviewItem['status'], questionnaireVersion: row.questionnaire_version,
    interviewDay: row.interview_day, receivedAt: row.received_at, practice: row.practice === 1, voided: row.voided === 1,
    revision: row.revision, version: row.review_version, secondKeying: row.second_keying === 1,
    flags: openFlags(raisedOf(row), resolved), resolvedFlags: REVIEW_FLAGS.filter((flag) => resolved.includes(flag)),
  };
}

/** The other interviews a duplicate flag points at: the same serial, or the same answers in the unit. */
export function matesOf(db: Db, row: ReviewListRow, surveyId: number, flag: ReviewFlag, record: Interview): string[] {
  if (flag === 'serial_duplicate' && row.serial) {
    return listInterviewsWithSerial(db, surveyId, row.serial)
      .filter((m) => m.id !== row.id && m.practice === 0 && m.voided === 0).map((m) => m.id);
  }
  if (flag === 'same_answers') {
    const answers = JSON.stringify(record.answers);
    return listUnitAnswers(db, surveyId, row.unit_id).filter((m) => m.id !== row.id && m.answers === answers).map((m) => m.id);
  }
  return [];
}

function historyOf(db: Db, row: ReviewListRow): HistoryEntry[] {
  const reviews = listReviews(db, row.id);
  const corrections = new Map(reviews.filter((r) => r.action === 'correct').map((r) => [r.revision, r]));
  const entries: HistoryEntry[] = [];
  let previous: Interview['answers'] = {};
  for (const stored of listStoredRevisions(db, row.id)) {
    const answers = (JSON.parse(stored.record) as Interview).answers;
    const correction = corrections.get(stored.revision);
    entries.push({
      kind: 'revision', revision: stored.revision, at: stored.stored_at, username: correction?.username ?? row.username,
      reason: correction?.comment ?? null, changes: diffAnswers(previous, answers),
    });
    previous = answers;
  }
  for (const r of reviews) {
    if (r.action === 'correct') continue;
    entries.push({
      kind: 'review', action: r.action as Extract<HistoryEntry, { kind: 'review' }>['action'], fromStatus: r.from_status,
      toStatus: r.to_status, revision: r.revision, comment: r.comment, username: r.username, at: r.at,
    });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at) || a.revision - b.revision);
}

export function reviewDetail(db: Db, row: ReviewListRow, surveyId: number): ReviewDetail {
  const held = findHeldForReview(db, row.id);
  if (!held) throw problem('review.notFound');
  const record = JSON.parse(held.record) as Interview;
  const comment = held.review_comment;
  const decisions = new Map(listFlagDecisions(db, row.id).map((d) => [d.flag, d]));
  const raised = new Set([...raisedOf(row), ...decisions.keys()]);
  const flags: FlagState[] = REVIEW_FLAGS.filter((flag) => raised.has(flag)).map((flag) => {
    const d = decisions.get(flag);
    return {
      flag, mates: matesOf(db, row, surveyId, flag, record),
      decision: d ? { decision: d.decision, reason: d.reason, username: d.username, at: d.decided_at, revision: d.revision } : null,
    };
  });
  return {
    interview: toReviewItem(row), answers: record.answers, paper: record.paper ?? null, keying: record.keying ?? null,
    times: { startedAt: record.times.startedAt, updatedAt: record.times.updatedAt, finishedAt: record.times.finishedAt ?? null },
    comment, flags, history: historyOf(db, row),
  };
}
