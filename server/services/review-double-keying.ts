// Double keying on the server (issue 20, item 8; decision 0019): the second keyings of a survey paired with the
// first keying of their serial by another clerk, every disagreeing answer side by side, the admin's reconciliation
// (the picked values become a correction of the first keying, through the engine's checks), and each clerk's
// disagreement rate. Only a reconciled first keying may be approved when the survey keys paper forms twice.
import type { DoubleKeyingResponse, ReconcileRequest } from '#shared/api/review.ts';
import { compareKeyings, comparedAnswers, disagreementRate, reconciledAnswers, type ClerkPairTotals } from '#shared/interview/double-keying.ts';
import { problem } from '#shared/problems.ts';
import type { Answers } from '#shared/survey/answer.ts';
import type { Db } from '../db/open.ts';
import {
  insertReconciliation, listReconciliations, listSecondKeyings, type KeyingSide, type SecondKeyingRow,
} from '../repo/double-keying.ts';
import { findReviewRow, type ReviewListRow } from '../repo/review-list.ts';
import { bumpReviewVersion } from '../repo/review.ts';
import { heldAsSeen, type ReviewCall } from './review-actions.ts';
import { correctInterview } from './review-correction.ts';

const answersOf = (value: unknown): Answers => (typeof value === 'string' ? JSON.parse(value) : value ?? {}) as Answers;
const firstsOf = (row: SecondKeyingRow): KeyingSide[] => JSON.parse(row.firsts) as KeyingSide[];

/** Why a second keying has no pair: no first keying by another clerk, the same clerk's, or two firsts (a duplicate serial). */
function unpairedReason(row: SecondKeyingRow): 'noFirst' | 'sameClerk' | 'duplicateSerial' | null {
  const firsts = firstsOf(row);
  if (firsts.length > 1) return 'duplicateSerial';
  if (firsts.length === 1) return null;
  return row.same_clerk === 1 ? 'sameClerk' : 'noFirst';
}

export function listDoubleKeying(db: Db, surveyId: number, unitId: number | null): DoubleKeyingResponse {
  const rows = listSecondKeyings(db, surveyId, unitId);
  const reconciled = listReconciliations(db, surveyId);
  const answer: DoubleKeyingResponse = { pairs: [], unpaired: [] };
  for (const row of rows) {
    const reason = unpairedReason(row);
    if (reason) {
      answer.unpaired.push({ secondId: row.second_id, serial: row.serial, unitNo: row.unit_no, username: row.second_username, reason });
      continue;
    }
    const first = firstsOf(row)[0]!;
    const firstAnswers = answersOf(first.answers);
    const secondAnswers = answersOf(row.second_answers);
    const done = reconciled.get(first.id);
    answer.pairs.push({
      serial: row.serial, unitNo: row.unit_no,
      first: {
        id: first.id, accountId: first.account_id, username: first.username, revision: first.revision, version: first.review_version,
        questionnaireVersion: first.questionnaire_version,
      },
      second: { id: row.second_id, accountId: row.second_account, username: row.second_username },
      compared: comparedAnswers(firstAnswers, secondAnswers),
      // Once reconciled the first keying holds the picked values: the disagreements are those counted then.
      disagreements: done ? [] : compareKeyings(firstAnswers, secondAnswers),
      reconciled: done && done.second_id === row.second_id
        ? { username: done.username, at: done.at, disagreements: done.disagreements, fromSecond: JSON.parse(done.from_second) as string[] }
        : null,
    });
  }
  return answer;
}

/** Each clerk's pairs, answers compared and disagreements (as counted at reconciliation, or now for an open pair). */
export function clerkDisagreements(db: Db, surveyId: number, unitId: number | null): Map<number, ClerkPairTotals & { rate: number | null }> {
  const totals = new Map<number, ClerkPairTotals>();
  const add = (accountId: number, compared: number, disagreements: number) => {
    const t = totals.get(accountId) ?? { pairs: 0, compared: 0, disagreements: 0 };
    totals.set(accountId, { pairs: t.pairs + 1, compared: t.compared + compared, disagreements: t.disagreements + disagreements });
  };
  for (const pair of listDoubleKeying(db, surveyId, unitId).pairs) {
    const disagreements = pair.reconciled?.disagreements ?? pair.disagreements.length;
    add(pair.first.accountId, pair.compared, disagreements);
    add(pair.second.accountId, pair.compared, disagreements);
  }
  return new Map([...totals].map(([id, t]) => [id, { ...t, rate: disagreementRate(t) }]));
}

/** The pair of this first keying and second keying, or a refusal (not a pair of this survey). */
function pairOf(db: Db, surveyId: number, first: ReviewListRow, secondId: string): { first: Answers; second: Answers } {
  const row = listSecondKeyings(db, surveyId, first.unit_id).find((r) => r.second_id === secondId);
  const side = row && unpairedReason(row) === null ? firstsOf(row)[0] : undefined;
  if (!row || !side || side.id !== first.id) throw problem('review.notPaired');
  return { first: answersOf(side.answers), second: answersOf(row.second_answers) };
}

/**
 * Reconciles a pair: the values picked from the second keying become a correction of the first (a new revision,
 * the engine's checks, the reason required), then the pair is marked reconciled. Nothing is half-done: the caller
 * runs it in one transaction; a pair another admin reconciled meanwhile is refused.
 */
export function reconcilePair(call: ReviewCall, firstId: string, body: ReconcileRequest): ReviewListRow {
  const row = heldAsSeen(call, firstId, body);
  if (row.voided === 1) throw problem('review.transitionRefused', { from: 'voided', action: 'reconcile' });
  const pair = pairOf(call.db, call.surveyId, row, body.secondId);
  const disagreements = compareKeyings(pair.first, pair.second);
  const disagreeing = new Set(disagreements.map((d) => d.variable));
  const fromSecond = [...new Set(body.fromSecond)].filter((v) => disagreeing.has(v)).sort();
  let revision = row.revision;
  if (fromSecond.length > 0) {
    const corrected = correctInterview(call, firstId, {
      answers: reconciledAnswers(pair.first, pair.second, fromSecond), reason: body.reason, revision: row.revision, version: row.review_version,
    });
    revision = corrected.revision;
  }
  const stored = insertReconciliation(call.db, {
    firstId, secondId: body.secondId, compared: comparedAnswers(pair.first, pair.second), disagreements: disagreements.length,
    fromSecond, accountId: call.accountId, revision, at: call.at,
  });
  if (!stored) throw problem('review.reconciled');
  bumpReviewVersion(call.db, firstId);
  call.audit({
    action: 'review.reconcile', target: `interview:${firstId}`,
    before: { revision: row.revision }, after: { secondKeying: body.secondId, disagreements: disagreements.length, fromSecond },
  });
  return findReviewRow(call.db, firstId)!;
}
