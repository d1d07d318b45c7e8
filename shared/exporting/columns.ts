// The columns one questionnaire version exports, before versions are merged and names are claimed:
// one per answer variable (grid rows included), one 0/1 column per option of a multiple choice with its
// multiple-response set, one text column per "other – specify", in paper order.
import type { CodedVariable } from '../coding/coded.ts';
import { MISSING_CODES } from '../survey/missing.ts';
import { compileQuestionnaire } from '../survey/compile.ts';
import type { Question, QuestionnaireVersion } from '../survey/questionnaire.ts';
import { numberedLabel, rowPaperNumber } from './labels.ts';

export type Measure = 'nominal' | 'ordinal' | 'scale';
export type ValueLabel = { value: number | string; label: string };
export type MetaField = 'id' | 'serial' | 'unitNo' | 'unitName' | 'mode' | 'entry' | 'interviewer' | 'interviewDate' | 'status' | 'version'
  /** The review's columns (an export's `review` option): whether a flag is still open (0/1), and which. */
  | 'flagged' | 'flags';
export type ColumnSource =
  | { kind: 'meta'; field: MetaField }
  | { kind: 'answer'; variable: string }
  | { kind: 'choice'; variable: string; code: number }
  /** The code the coders gave the text of `coded.variable` (shared/coding/coded.ts), beside that text. */
  | { kind: 'coded'; coded: CodedVariable };

export type ExportColumn = {
  name: string;
  /** Full text; SPSS writers cut it (labels.ts), the codebook keeps it whole. */
  label: string;
  type: 'numeric' | 'string' | 'date';
  /** numeric: digits shown; string: bytes, measured from the data being exported (0 until then). */
  width: number;
  decimals: number;
  measure: Measure;
  valueLabels: ValueLabel[];
  /** Declared missing codes (-1 skipped, -2 blank, -3 illegible); string columns hold them as text. */
  missing: number[];
  source: ColumnSource;
  /** Questionnaire versions that do not ask for this column: their interviews leave it system-missing. */
  absentIn?: number[];
};

/** A column whose name is still to be claimed, keyed so the same column of two versions can be matched. */
export type ColumnSpec = Omit<ExportColumn, 'name'> & { key: string; nameHint: string };
export type SetSpec = { key: string; nameHint: string; label: string; columnKeys: string[] };
export type VersionSpecs = { columns: ColumnSpec[]; sets: SetSpec[] };

export type Words = (code: string) => string;

const MISSING_WORDS: Record<number, string> = { [-1]: 'survey.missing.skipped', [-2]: 'survey.missing.blank', [-3]: 'survey.missing.illegible' };

export function missingLabels(words: Words): ValueLabel[] {
  return MISSING_CODES.map((code) => ({ value: code, label: words(MISSING_WORDS[code]!) }));
}

const MISSING = [...MISSING_CODES];
const digits = (codes: number[]) => Math.max(2, ...codes.map((code) => String(code).length));

function answerColumn(variable: string, label: string, rest: Partial<ColumnSpec> & Pick<ColumnSpec, 'type'>): ColumnSpec {
  return {
    key: `answer:${variable}`, nameHint: variable, label, width: 0, decimals: 0, measure: 'nominal',
    valueLabels: [], missing: MISSING, source: { kind: 'answer', variable }, ...rest,
  };
}

function questionSpecs(q: Question, words: Words, unitLabels: ValueLabel[], out: VersionSpecs): void {
  const label = numberedLabel(q.paperNumber, q.text);
  const options = 'options' in q ? q.options : [];
  const codeLabels = (): ValueLabel[] => [...options.map((o) => ({ value: o.code, label: o.label })), ...missingLabels(words)];
  switch (q.kind) {
    case 'single':
      out.columns.push(answerColumn(q.variable, label, { type: 'numeric', width: digits(options.map((o) => o.code)), valueLabels: codeLabels() }));
      break;
    case 'grid':
      for (const row of q.rows) {
        out.columns.push(answerColumn(row.variable, numberedLabel(rowPaperNumber(q.paperNumber, row.paperNumber), row.text), {
          type: 'numeric', width: digits(options.map((o) => o.code)), measure: 'ordinal', valueLabels: codeLabels(),
        }));
      }
      break;
    case 'multiple': {
      const keys = options.map((o) => `choice:${q.variable}:${o.code}`);
      options.forEach((o, i) => out.columns.push({
        key: keys[i]!, nameHint: `${q.variable}_${o.code < 0 ? `m${-o.code}` : o.code}`, label: `${q.paperNumber.trim()} – ${o.label}`,
        type: 'numeric', width: 2, decimals: 0, measure: 'nominal',
        valueLabels: [{ value: 0, label: words('export.choice.no') }, { value: 1, label: words('export.choice.yes') }, ...missingLabels(words)],
        missing: MISSING, source: { kind: 'choice', variable: q.variable, code: o.code },
      }));
      out.sets.push({ key: `set:${q.variable}`, nameHint: q.variable, label, columnKeys: keys });
      break;
    }
    case 'number': {
      const integer = q.integer !== false;
      const bound = Math.max(Math.abs(q.min ?? 0), Math.abs(q.max ?? 99_999_999));
      out.columns.push(answerColumn(q.variable, label, {
        type: 'numeric', width: Math.min(16, String(Math.trunc(bound)).length + (integer ? 1 : 3)), decimals: integer ? 0 : 2,
        measure: 'scale', valueLabels: missingLabels(words),
      }));
      break;
    }
    case 'date':
      out.columns.push(answerColumn(q.variable, label, { type: 'date', width: 10, measure: 'scale', valueLabels: missingLabels(words) }));
      break;
    case 'text':
      out.columns.push(answerColumn(q.variable, label, { type: 'string' }));
      break;
    case 'unit':
      out.columns.push(answerColumn(q.variable, label, { type: 'string', valueLabels: unitLabels }));
      break;
    case 'note':
      break;
  }
  // "Other – specify" texts sit right after their question (and after a multiple choice's 0/1 columns).
  for (const o of options) {
    if (o.specify) out.columns.push(answerColumn(o.specify.variable, `${label} – ${o.label}`, { type: 'string' }));
  }
}

/** `unitLabels` label a unit question's answers (the unit's number) with the unit's name. */
export function versionSpecs(version: QuestionnaireVersion, words: Words, unitLabels: ValueLabel[]): VersionSpecs {
  const out: VersionSpecs = { columns: [], sets: [] };
  for (const q of compileQuestionnaire(version).questions) questionSpecs(q.question, words, unitLabels, out);
  return out;
}
