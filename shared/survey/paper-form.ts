// What the printed paper form derives from a questionnaire version: skip instructions in words from the skip
// logic ("Nếu chọn 3, chuyển sang Câu 10"), so paper and keying screen can never drift apart, and the serials of
// a range, one pre-printed per copy. Plain code without zod: the office's print page runs it.
import type { SerialRange } from '../interview/serial.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { referencedVariables } from './expression.ts';
import type { Question, QuestionnaireVersion } from './questionnaire.ts';
import { questionsOf } from './questions.ts';

/** Choosing `code` skips to the question printed `target`, or to the end of the form when `target` is null. */
export type SkipInstruction = { code: number; target: string | null };

function skippedBy(q: Question, variable: string, code: number): boolean {
  if (!q.relevant || !referencedVariables(q.relevant).includes(variable)) return false;
  return !evaluateExpression(q.relevant, (name) => (name === variable ? code : undefined));
}

/**
 * For each single-choice question, the options whose choice takes the next questions off the path. A question
 * counts as skipped by an option only when its relevance, read with that answer alone, is false and with some
 * other option of the same question is true: a condition that depends on other answers gets no printed jump.
 */
export function skipInstructions(version: QuestionnaireVersion): Map<string, SkipInstruction[]> {
  const questions = questionsOf(version);
  const out = new Map<string, SkipInstruction[]>();
  questions.forEach((q, i) => {
    if (q.kind !== 'single') return;
    const instructions: SkipInstruction[] = [];
    for (const option of q.options) {
      let j = i + 1;
      while (j < questions.length) {
        const next = questions[j]!;
        const shown = q.options.some((o) => o.code !== option.code && !skippedBy(next, q.variable, o.code));
        if (!skippedBy(next, q.variable, option.code) || !shown) break;
        j++;
      }
      if (j > i + 1) instructions.push({ code: option.code, target: questions[j]?.paperNumber ?? null });
    }
    if (instructions.length > 0) out.set(q.variable, instructions);
  });
  return out;
}

/** Every serial of a range, both ends included, zero-padded to the range's width; empty when the range is not one. */
export function serialsOf(range: SerialRange, limit = 1000): string[] {
  const width = range.first.length;
  if (!/^\d+$/.test(range.first) || !/^\d+$/.test(range.last) || range.last.length !== width) return [];
  const first = Number(range.first);
  const last = Number(range.last);
  if (last < first || last - first >= limit) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(width, '0'));
}
