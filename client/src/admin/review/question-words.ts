// Where an answer sits on the paper form and what it says, for the office's review screens (issue 20): a variable
// named by its question number ("Câu 11.3", "Câu 3 – Khác (ghi rõ)") rather than its SPSS name, and a value in
// words ("2. Nữ"; a declared missing answer by its meaning). The paper layout, an interview's history, duplicates
// side by side and double keying all speak this way, so a clerk can find the answer on the paper in the stack.
import { rowPaperNumber } from '#shared/exporting/labels.ts';
import type { AnswerValue } from '#shared/survey/answer.ts';
import type { Question, QuestionnaireVersion } from '#shared/survey/questionnaire.ts';

/** A variable's place on the paper: its question number as printed, and the question that gives its options. */
export type PaperPlace = { number: string; question: Question };

type Translate = (code: string) => string;

const MISSING_WORDS: Readonly<Record<number, string>> = {
  [-1]: 'survey.missing.skipped', [-2]: 'survey.missing.blank', [-3]: 'survey.missing.illegible',
};

/** Every answered variable of the questionnaire: questions, grid rows ("Câu 11.3") and "other" texts. */
export function paperPlaces(version: QuestionnaireVersion): Map<string, PaperPlace> {
  const places = new Map<string, PaperPlace>();
  for (const section of version.sections) {
    for (const q of section.questions) {
      if (q.kind === 'note') continue;
      const number = q.paperNumber.trim();
      if (q.kind === 'grid') for (const row of q.rows) places.set(row.variable, { number: rowPaperNumber(number, row.paperNumber.trim()), question: q });
      else places.set(q.variable, { number, question: q });
      if ('options' in q) {
        // The text box's value is a string: the question's codes never apply to it.
        for (const option of q.options) if (option.specify) places.set(option.specify.variable, { number: `${number} – ${option.label}`, question: q });
      }
    }
  }
  return places;
}

/** A variable as a clerk reads it: its question number, else (a variable the questionnaire does not name) its name. */
export function placeName(places: ReadonlyMap<string, PaperPlace> | undefined, variable: string): string {
  return places?.get(variable)?.number ?? variable;
}

/** An answer in words: a code with its option's label, several joined by ";", a missing code by its meaning, none as "—". */
export function answerWords(question: Question | undefined, value: AnswerValue | null | undefined, t: Translate): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'object' && !Array.isArray(value)) return t(MISSING_WORDS[value.missing] ?? 'survey.missing.blank');
  const options = question && 'options' in question ? question.options : [];
  const label = (code: number) => {
    const option = options.find((o) => o.code === code);
    return option ? `${code}. ${option.label}` : String(code);
  };
  if (Array.isArray(value)) return value.map(label).join('; ');
  return typeof value === 'number' && options.length > 0 ? label(value) : String(value);
}

/** A variable's answer in words, by the question `places` give it (a bare code or text without them). */
export function variableWords(places: ReadonlyMap<string, PaperPlace> | undefined, variable: string, value: AnswerValue | null | undefined, t: Translate): string {
  return answerWords(places?.get(variable)?.question, value, t);
}
