// The "other – specify" answers of the report's questions, as written: each distinct text (spaces tidied) with how
// many interviews wrote it, most frequent first. The results do not code these texts (yet), so the report lists them.
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Question } from '#shared/survey/questionnaire.ts';
import type { Db } from '../db/open.ts';
import { iterateResultRows } from '../repo/result-rows.ts';

export type OtherTexts = { variable: string; question: string; option: string; texts: { text: string; count: number }[] };

type Specify = { variable: string; question: Question; option: string };

function specifiesOf(questions: readonly Question[]): Specify[] {
  return questions.flatMap((q) => ('options' in q ? q.options : [])
    .filter((o) => o.specify).map((o) => ({ variable: o.specify!.variable, question: q, option: o.label })));
}

export function countOtherTexts(db: Db, surveyId: number, filters: ExportFilters, questions: readonly Question[]): OtherTexts[] {
  const specifies = specifiesOf(questions);
  if (specifies.length === 0) return [];
  const counts = specifies.map(() => new Map<string, number>());
  for (const row of iterateResultRows(db, surveyId, filters)) {
    if (!row.answers) continue;
    const answers = JSON.parse(row.answers) as Record<string, unknown>;
    specifies.forEach((s, i) => {
      const value = answers[s.variable];
      if (typeof value !== 'string') return;
      const text = value.replace(/\s+/g, ' ').trim();
      if (text) counts[i]!.set(text, (counts[i]!.get(text) ?? 0) + 1);
    });
  }
  return specifies.map((s, i) => ({
    variable: s.variable, question: `${s.question.paperNumber}. ${s.question.text}`, option: s.option,
    texts: [...counts[i]!].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'vi')),
  }));
}
