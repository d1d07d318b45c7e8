// Double keying (issue 20, item 8; decision 0019): a paper form keyed twice by two clerks. The two keyings are
// compared answer by answer; the admin picks the right value where they disagree; each clerk's disagreement rate
// is the share of the answers compared that disagreed. Pure: the server and the tests read it.
import type { AnswerValue, Answers } from '../survey/answer.ts';
import { diffAnswers } from './review.ts';

export type Disagreement = { variable: string; first: AnswerValue | null; second: AnswerValue | null };

/** Every variable answered differently by the two keyings (null: not answered), in variable order. */
export function compareKeyings(first: Answers, second: Answers): Disagreement[] {
  return diffAnswers(first, second).map((change) => ({ variable: change.variable, first: change.before, second: change.after }));
}

/** How many answers were compared: every variable either keying answered. */
export function comparedAnswers(first: Answers, second: Answers): number {
  return new Set([...Object.keys(first), ...Object.keys(second)]).size;
}

/**
 * The first keying's answers with the second's value taken where the admin picked it; a variable the two
 * agree on is never taken (nothing to pick), and an unanswered pick removes the answer.
 */
export function reconciledAnswers(first: Answers, second: Answers, fromSecond: readonly string[]): Answers {
  const disagreeing = new Set(compareKeyings(first, second).map((d) => d.variable));
  const out: Answers = { ...first };
  for (const variable of fromSecond) {
    if (!disagreeing.has(variable)) continue;
    const value = second[variable];
    if (value === undefined) delete out[variable];
    else out[variable] = value;
  }
  return out;
}

export type ClerkPairTotals = { pairs: number; compared: number; disagreements: number };

/** Disagreeing answers per 100 compared, one decimal; null before any pair. */
export function disagreementRate(t: ClerkPairTotals): number | null {
  return t.compared > 0 ? Math.round((t.disagreements * 1000) / t.compared) / 10 : null;
}
