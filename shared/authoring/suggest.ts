// What the builder proposes for a new question or option: the next paper number in the style the questionnaire
// already uses ("Câu 7" → "Câu 8"), the next free variable (c8), the next option code. All editable; the
// definition check (survey/check-definition.ts) is what holds them unique.
import type { Option, Question, Section } from '../survey/questionnaire.ts';

export type Draft = { sections: Section[] };

const PAPER = /^(.*?)(\d+)$/;
const DEFAULT_PAPER_PREFIX = 'Câu ';

function questions(draft: Draft): Question[] {
  return draft.sections.flatMap((section) => section.questions);
}

/** Every variable the draft uses: questions, grid rows and "other – specify" texts. */
export function variablesOf(draft: Draft): Set<string> {
  const names = new Set<string>();
  for (const q of questions(draft)) {
    names.add(q.variable);
    if (q.kind === 'grid') for (const row of q.rows) names.add(row.variable);
    if ('options' in q) for (const option of q.options) if (option.specify) names.add(option.specify.variable);
  }
  return names;
}

/** The paper number after the highest one, with the prefix the questionnaire uses ("Câu "). */
export function nextPaperNumber(draft: Draft): string {
  let prefix = DEFAULT_PAPER_PREFIX;
  let highest = 0;
  for (const q of questions(draft)) {
    const match = PAPER.exec(q.paperNumber);
    if (!match) continue;
    const number = Number(match[2]);
    if (number >= highest) [prefix, highest] = [match[1] ?? DEFAULT_PAPER_PREFIX, number];
  }
  return `${prefix}${highest + 1}`;
}

/** c1, c2…: the first `c<n>` after the highest one used, and free. */
export function nextVariable(draft: Draft, stem = 'c'): string {
  const names = variablesOf(draft);
  const pattern = new RegExp(`^${stem}(\\d+)$`);
  let n = Math.max(0, ...[...names].map((name) => Number(pattern.exec(name)?.[1] ?? 0))) + 1;
  while (names.has(`${stem}${n}`)) n += 1;
  return `${stem}${n}`;
}

/** One more than the highest code, never a missing-value code (those are negative). */
export function nextOptionCode(options: readonly Option[]): number {
  return Math.max(0, ...options.map((option) => option.code)) + 1;
}
