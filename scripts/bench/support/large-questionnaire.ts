// A long questionnaire for the builder and XLSForm benches: the demo's sixteen questions again and again, each
// copy's variables and paper numbers renamed so that it stays a valid definition, skips included.
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import type { Question, QuestionnaireVersion } from '../../../shared/survey/questionnaire.ts';

export function largeQuestionnaire(count: number): QuestionnaireVersion {
  const demo = hungYen2026Version1.sections.flatMap((s) => s.questions).filter((q) => q.kind !== 'unit');
  const questions: Question[] = [];
  for (let copy = 0; questions.length < count; copy++) {
    const offset = copy * 16;
    // Variables (c7, c11_2, c3_other) get the copy's suffix; paper numbers move on by sixteen per copy.
    const json = JSON.stringify(demo)
      .replace(/"(c\d+(?:_[a-z0-9]+)?)"/g, (_, name: string) => `"${name}_${copy}"`)
      .replace(/"Câu (\d+)"/g, (_, n: string) => `"Câu ${Number(n) + offset}"`)
      .replace(/"(\d+)\.(\d+)"/g, (_, n: string, row: string) => `"${Number(n) + offset}.${row}"`);
    questions.push(...(JSON.parse(json) as Question[]));
  }
  const sections = [0, 1, 2].map((i) => ({ title: `PHẦN ${i + 1}`, questions: questions.slice(0, count).filter((_, j) => j % 3 === i) }));
  return { ...hungYen2026Version1, status: 'draft', version: 2, sections };
}
