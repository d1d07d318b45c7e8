// The same answers under two ids (a paper form keyed twice): within a unit, counted interviews whose answers are
// identical carry the review's own flag `same_answers` (decision 0019). Worked out on demand — by the admin's
// check of a unit, and again when one of them is voided — never at sync, which stays as fast as it was.
import type { Db } from '../db/open.ts';
import { listUnitAnswers, setReviewFlags } from '../repo/review.ts';

/** Raises or clears same_answers on every counted interview of the unit; returns how many carry it now. */
export function refreshSameAnswers(db: Db, surveyId: number, unitId: number): number {
  const members = listUnitAnswers(db, surveyId, unitId);
  const byAnswers = new Map<string, number>();
  for (const m of members) byAnswers.set(m.answers, (byAnswers.get(m.answers) ?? 0) + 1);
  let flagged = 0;
  for (const m of members) {
    const flags = JSON.parse(m.review_flags) as string[];
    const shared = (byAnswers.get(m.answers) ?? 0) > 1;
    if (shared) flagged++;
    if (shared === flags.includes('same_answers')) continue;
    setReviewFlags(db, m.id, shared ? [...flags, 'same_answers'] : flags.filter((f) => f !== 'same_answers'));
  }
  return flagged;
}
