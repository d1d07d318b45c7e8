// An interview's answers as the correction editor's text boxes and back (issue 20, item 6): a code or number as its
// digits, a multiple choice as "1,3", a declared missing answer as its code (-1 skipped, -2 blank, -3 illegible),
// an empty box as no answer. Which kind each variable is comes from the questionnaire; the engine checks the rest.
import type { AnswerValue, Answers } from '#shared/survey/answer.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';

export type ValueKind = 'code' | 'number' | 'codes' | 'text';

/** Every answered variable of the questionnaire with the kind of its box (grid rows and "other" texts included). */
export function variableKinds(version: QuestionnaireVersion): Map<string, ValueKind> {
  const kinds = new Map<string, ValueKind>();
  for (const section of version.sections) {
    for (const q of section.questions) {
      if (q.kind === 'note') continue;
      if (q.kind === 'grid') for (const row of q.rows) kinds.set(row.variable, 'code');
      else kinds.set(q.variable, q.kind === 'single' ? 'code' : q.kind === 'multiple' ? 'codes' : q.kind === 'number' ? 'number' : 'text');
      if ('options' in q) for (const option of q.options) if (option.specify) kinds.set(option.specify.variable, 'text');
    }
  }
  return kinds;
}

export function toText(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'object' && !Array.isArray(value)) return String(value.missing);
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

const MISSING = new Set(['-1', '-2', '-3']);

/** The box's text as an answer (undefined: no answer); a number box that reads as no number is kept as typed, for the engine to refuse. */
export function fromText(text: string, kind: ValueKind): AnswerValue | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (MISSING.has(value)) return { missing: Number(value) as -1 | -2 | -3 };
  if (kind === 'codes') return value.split(/[\s,;]+/).filter(Boolean).map(Number);
  if (kind === 'code' || kind === 'number') return Number.isFinite(Number(value)) ? Number(value) : value;
  return value;
}

/** The corrected answers: every box read back; variables the questionnaire does not name are kept as they were. */
export function answersFromTexts(before: Answers, texts: Readonly<Record<string, string>>, kinds: ReadonlyMap<string, ValueKind>): Answers {
  const out: Answers = {};
  for (const [variable, value] of Object.entries(before)) if (!kinds.has(variable)) out[variable] = value;
  for (const [variable, kind] of kinds) {
    const text = texts[variable] ?? toText(before[variable]);
    const value = fromText(text, kind);
    if (value !== undefined) out[variable] = value;
  }
  return out;
}
