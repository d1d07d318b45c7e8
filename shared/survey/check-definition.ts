// Checks the rules between fields of a questionnaire definition that its zod schema cannot see:
// unique variables and codes, sane bounds, exclusive options only where they mean something, and
// relevance naming only variables that exist. Returns errors as data, each naming the question and field.
import * as z from 'zod/mini';
import type { MessageParams } from '../i18n/message.ts';
import { MISSING_CODES } from './missing.ts';
import { referencedVariables, type Expression } from './expression.ts';
import type { Question, QuestionnaireVersion } from './questionnaire.ts';
import { questionsOf } from './questions.ts';

export const DefinitionErrorSchema = z.object({
  /** The variable of the question at fault, when the error is about one question. */
  question: z.optional(z.string()),
  /** The field within that question (or the version): "options.2.code", "rows", "relevant". */
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type DefinitionError = z.infer<typeof DefinitionErrorSchema>;

const VARIABLE = /^[a-z][a-z0-9_]{0,63}$/;
/** SPSS keywords cannot be variable names. */
const RESERVED = new Set(['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with']);

type Emit = (question: string | undefined, field: string, code: string, params?: MessageParams) => void;

function checkVariables(questions: Question[], emit: Emit): Map<string, Question> {
  const owner = new Map<string, Question>();
  const papers = new Set<string>();
  const claim = (q: Question, name: string, field: string) => {
    if (!VARIABLE.test(name)) emit(q.variable, field, 'invalid_variable', { variable: name });
    else if (RESERVED.has(name)) emit(q.variable, field, 'reserved_variable', { variable: name });
    if (owner.has(name)) emit(q.variable, field, 'duplicate_variable', { variable: name });
    else owner.set(name, q);
  };
  const paper = (q: Question, value: string, field: string) => {
    if (papers.has(value)) emit(q.variable, field, 'duplicate_paper_number', { paperNumber: value });
    papers.add(value);
  };
  for (const q of questions) {
    claim(q, q.variable, 'variable');
    paper(q, q.paperNumber, 'paperNumber');
    if (q.kind === 'grid') q.rows.forEach((r, i) => { claim(q, r.variable, `rows.${i}.variable`); paper(q, r.paperNumber, `rows.${i}.paperNumber`); });
    if ('options' in q) q.options.forEach((o, i) => { if (o.specify) claim(q, o.specify.variable, `options.${i}.specify.variable`); });
  }
  return owner;
}

function checkOptions(q: Question, emit: Emit): void {
  if (!('options' in q)) return;
  if (q.options.length === 0) emit(q.variable, 'options', 'no_options');
  const seen = new Set<number>();
  q.options.forEach((o, i) => {
    if (seen.has(o.code)) emit(q.variable, `options.${i}.code`, 'duplicate_code', { code: o.code });
    seen.add(o.code);
    if ((MISSING_CODES as readonly number[]).includes(o.code)) emit(q.variable, `options.${i}.code`, 'reserved_code', { code: o.code });
    if (o.exclusive && q.kind !== 'multiple') emit(q.variable, `options.${i}.exclusive`, 'exclusive_not_multiple', { code: o.code, kind: q.kind });
    if (o.specify && q.kind === 'grid') emit(q.variable, `options.${i}.specify`, 'specify_in_grid', { code: o.code });
  });
}

function checkBounds(q: Question, emit: Emit): void {
  if (q.kind === 'grid' && q.rows.length === 0) emit(q.variable, 'rows', 'grid_without_rows');
  if ((q.kind === 'number' || q.kind === 'multiple' || q.kind === 'date') && q.min !== undefined && q.max !== undefined && q.min > q.max) {
    emit(q.variable, 'min', 'min_greater_than_max', { min: q.min, max: q.max });
  }
  if (q.kind === 'multiple' && q.max !== undefined && q.options.length > 0 && q.max > q.options.length) {
    emit(q.variable, 'max', 'max_above_options', { max: q.max, options: q.options.length });
  }
  if (q.kind === 'number' && q.integer !== false) {
    if (q.min !== undefined && !Number.isInteger(q.min)) emit(q.variable, 'min', 'bound_not_integer', { value: q.min });
    if (q.max !== undefined && !Number.isInteger(q.max)) emit(q.variable, 'max', 'bound_not_integer', { value: q.max });
  }
}

function codesOf(q: Question): number[] | undefined {
  return 'options' in q ? q.options.map((o) => o.code) : undefined;
}

function checkExpression(q: Question, expr: Expression, owner: Map<string, Question>, emit: Emit): void {
  for (const name of referencedVariables(expr)) {
    const target = owner.get(name);
    if (!target) emit(q.variable, 'relevant', 'unknown_variable', { variable: name });
    else if (target === q) emit(q.variable, 'relevant', 'self_reference', { variable: name });
    else if (target.kind === 'note' || (target.kind === 'grid' && target.variable === name)) emit(q.variable, 'relevant', 'no_answer_variable', { variable: name });
  }
  const walk = (e: Expression): void => {
    if (e.op === 'and' || e.op === 'or') e.args.forEach(walk);
    else if (e.op === 'not') walk(e.arg);
    else if (e.op === 'selected' || e.op === 'in') {
      const target = owner.get(e.var);
      if (!target || (target.kind === 'grid' && target.variable === e.var)) return; // reported above
      const codes = target.variable === e.var || target.kind === 'grid' ? codesOf(target) : undefined;
      if (!codes) { emit(q.variable, 'relevant', 'selected_not_choice', { variable: e.var }); return; }
      for (const code of e.op === 'selected' ? [e.code] : e.codes) {
        if (!codes.includes(code)) emit(q.variable, 'relevant', 'unknown_code_in_expression', { variable: e.var, code });
      }
    }
  };
  walk(expr);
}

/**
 * Every definition error, in paper order; an empty list means the version can be compiled and published.
 * A relevance may name an earlier or a later question (XLSForm allows both); naming an unknown one is an error.
 */
export function checkDefinition(version: QuestionnaireVersion): DefinitionError[] {
  const errors: DefinitionError[] = [];
  const emit: Emit = (question, field, code, params = {}) => {
    errors.push({ ...(question === undefined ? {} : { question }), field, code: `survey.definition.${code}`, params });
  };
  version.sections.forEach((s, i) => { if (s.questions.length === 0) emit(undefined, `sections.${i}.questions`, 'empty_section', { section: i + 1 }); });
  const questions = questionsOf(version);
  if (questions.length === 0) emit(undefined, 'sections', 'no_questions');
  const owner = checkVariables(questions, emit);
  for (const q of questions) {
    checkOptions(q, emit);
    checkBounds(q, emit);
    if (q.relevant) checkExpression(q, q.relevant, owner, emit);
  }
  return errors;
}

/** Every code `checkDefinition` can emit, for the dictionary test. */
export const DEFINITION_ERROR_CODES = [
  'invalid_variable', 'reserved_variable', 'duplicate_variable', 'duplicate_paper_number', 'no_options',
  'duplicate_code', 'reserved_code', 'exclusive_not_multiple', 'specify_in_grid', 'grid_without_rows',
  'min_greater_than_max', 'max_above_options', 'bound_not_integer', 'unknown_variable', 'self_reference',
  'no_answer_variable', 'selected_not_choice', 'unknown_code_in_expression', 'empty_section', 'no_questions',
  'invalid_field',
].map((c) => `survey.definition.${c}`);
