// Compiles a questionnaire version once into flat, precomputed lookups so that `evaluate` does no parsing,
// no searching by name and little allocation per call (it runs on every keystroke and a million times in bulk).
import type { Expression } from './expression.ts';
import type { Question, QuestionKind, QuestionnaireVersion } from './questionnaire.ts';
import { DEFAULT_SPECIFY_MAX_LENGTH, DEFAULT_TEXT_MAX_LENGTH, questionsOf } from './questions.ts';

export type CompiledSpecify = { code: number; variable: string; maxLength: number };

export type CompiledQuestion = {
  index: number;
  question: Question;
  /** The question's own variable: for a grid, the grid's name (c11); for other kinds, its answer's name. */
  id: string;
  paperNumber: string;
  kind: QuestionKind;
  required: boolean;
  relevant: Expression | undefined;
  /** Where answers live: [id], the row variables of a grid, or [] for a note. */
  answerVariables: string[];
  /** Paper numbers matching `answerVariables` (11.1 … 11.5 for a grid's rows). */
  answerPaperNumbers: string[];
  codes: ReadonlySet<number>;
  exclusiveCodes: number[];
  specify: CompiledSpecify[];
  min: number | undefined;
  max: number | undefined;
  minDate: string | undefined;
  maxDate: string | undefined;
  integer: boolean;
  maxLength: number;
};

export type CompiledQuestionnaire = {
  version: QuestionnaireVersion;
  questions: CompiledQuestion[];
  /** Any answer-holding variable (question, grid row, "other" text) → index of its question. */
  questionIndexOf: ReadonlyMap<string, number>;
  /** Every variable an interview may hold, in paper order ("other" texts right after their question). */
  variables: string[];
};

const NO_CODES: ReadonlySet<number> = new Set();

function compileQuestion(question: Question, index: number): CompiledQuestion {
  const options = 'options' in question ? question.options : [];
  const isGrid = question.kind === 'grid';
  const isNote = question.kind === 'note';
  return {
    index,
    question,
    id: question.variable,
    paperNumber: question.paperNumber,
    kind: question.kind,
    required: !question.optional && !isNote,
    relevant: question.relevant,
    answerVariables: isGrid ? question.rows.map((r) => r.variable) : isNote ? [] : [question.variable],
    answerPaperNumbers: isGrid ? question.rows.map((r) => r.paperNumber) : isNote ? [] : [question.paperNumber],
    codes: options.length ? new Set(options.map((o) => o.code)) : NO_CODES,
    exclusiveCodes: options.filter((o) => o.exclusive).map((o) => o.code),
    specify: options.flatMap((o) => o.specify
      ? [{ code: o.code, variable: o.specify.variable, maxLength: o.specify.maxLength ?? DEFAULT_SPECIFY_MAX_LENGTH }]
      : []),
    min: question.kind === 'number' || question.kind === 'multiple' ? question.min : undefined,
    max: question.kind === 'number' || question.kind === 'multiple' ? question.max : undefined,
    minDate: question.kind === 'date' ? question.min : undefined,
    maxDate: question.kind === 'date' ? question.max : undefined,
    integer: question.kind === 'number' ? question.integer !== false : true,
    maxLength: question.kind === 'text' ? question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH : DEFAULT_TEXT_MAX_LENGTH,
  };
}

/** Assumes a definition that passed `checkDefinition`; a malformed one compiles but may validate oddly. */
export function compileQuestionnaire(version: QuestionnaireVersion): CompiledQuestionnaire {
  const questions = questionsOf(version).map(compileQuestion);
  const questionIndexOf = new Map<string, number>();
  const variables: string[] = [];
  for (const q of questions) {
    for (const name of q.answerVariables) { questionIndexOf.set(name, q.index); variables.push(name); }
    for (const s of q.specify) { questionIndexOf.set(s.variable, q.index); variables.push(s.variable); }
    if (!questionIndexOf.has(q.id)) questionIndexOf.set(q.id, q.index);
  }
  return { version, questions, questionIndexOf, variables };
}
