// The builder's edits of a draft questionnaire, each a pure function from draft to draft (undo keeps the old
// one). Questions are addressed by place, not by variable: while the admin types, two may share a name.
import type { Expression, Operand } from '../survey/expression.ts';
import type { Option, Question, QuestionKind, Section } from '../survey/questionnaire.ts';
import { nextOptionCode, nextPaperNumber, nextVariable, type Draft } from './suggest.ts';

export type QuestionAt = { section: number; index: number };

/** Words the new parts start with, in the questionnaire's language (the builder passes them from i18n). */
export type NewWords = { question: string; option: (n: number) => string; row: (n: number) => string; section: string };

export function questionAt(draft: Draft, at: QuestionAt): Question | undefined {
  return draft.sections[at.section]?.questions[at.index];
}

function withSection<D extends Draft>(draft: D, index: number, change: (section: Section) => Section): D {
  return { ...draft, sections: draft.sections.map((section, i) => (i === index ? change(section) : section)) };
}

/** A new question of `kind` with the next paper number and variable, ready to be edited. */
export function newQuestion(draft: Draft, kind: QuestionKind, words: NewWords): Question {
  const variable = nextVariable(draft);
  const paperNumber = nextPaperNumber(draft);
  const base = { variable, paperNumber, text: words.question };
  const options = (count: number): Option[] => Array.from({ length: count }, (_, i) => ({ code: i + 1, label: words.option(i + 1) }));
  switch (kind) {
    case 'single': return { ...base, kind, options: options(2) };
    case 'multiple': return { ...base, kind, options: options(3) };
    case 'grid': {
      const number = paperNumber.replace(/^\D+/, '');
      return { ...base, kind, options: options(3), rows: [1, 2].map((n) => ({ variable: `${variable}_${n}`, paperNumber: `${number}.${n}`, text: words.row(n) })) };
    }
    case 'number': return { ...base, kind };
    case 'text': return { ...base, kind };
    case 'date': return { ...base, kind };
    case 'note': return { ...base, kind };
    case 'unit': return { ...base, kind };
  }
}

export function insertQuestion<D extends Draft>(draft: D, at: QuestionAt, question: Question): D {
  return withSection(draft, at.section, (s) => ({ ...s, questions: s.questions.toSpliced(at.index, 0, question) }));
}

export function replaceQuestion<D extends Draft>(draft: D, at: QuestionAt, question: Question): D {
  return withSection(draft, at.section, (s) => ({ ...s, questions: s.questions.with(at.index, question) }));
}

export function removeQuestion<D extends Draft>(draft: D, at: QuestionAt): D {
  return withSection(draft, at.section, (s) => ({ ...s, questions: s.questions.toSpliced(at.index, 1) }));
}

/** Moves a question to a place given as in the draft without it (drag and drop lands there). */
export function moveQuestion<D extends Draft>(draft: D, from: QuestionAt, to: QuestionAt): D {
  const question = questionAt(draft, from);
  if (!question) return draft;
  return insertQuestion(removeQuestion(draft, from), to, question);
}

/** One place up or down, across section borders (the keyboard's Alt+↑/↓); undefined at either end. */
export function neighbourPlace(draft: Draft, at: QuestionAt, step: -1 | 1): QuestionAt | undefined {
  const sectionLength = (i: number) => draft.sections[i]?.questions.length ?? 0;
  if (step === -1) {
    if (at.index > 0) return { section: at.section, index: at.index - 1 };
    return at.section > 0 ? { section: at.section - 1, index: sectionLength(at.section - 1) } : undefined;
  }
  if (at.index < sectionLength(at.section) - 1) return { section: at.section, index: at.index + 1 };
  // Into the next section, as its first question (places are counted without the moved one).
  return at.section < draft.sections.length - 1 ? { section: at.section + 1, index: 0 } : undefined;
}

export function addSection<D extends Draft>(draft: D, after: number, words: NewWords): D {
  return { ...draft, sections: draft.sections.toSpliced(after + 1, 0, { title: words.section, questions: [] }) };
}

export function renameSection<D extends Draft>(draft: D, index: number, title: string): D {
  return withSection(draft, index, (s) => ({ ...s, title }));
}

/** Removes a section; its questions join the section before it (or after it, for the first), never lost. */
export function removeSection<D extends Draft>(draft: D, index: number): D {
  const section = draft.sections[index];
  if (!section || draft.sections.length === 1) return draft;
  const sections = draft.sections.toSpliced(index, 1);
  const heir = index > 0 ? index - 1 : 0;
  const target = sections[heir];
  if (!target) return draft;
  const questions = index > 0 ? [...target.questions, ...section.questions] : [...section.questions, ...target.questions];
  return { ...draft, sections: sections.with(heir, { ...target, questions }) };
}

export function addOption(options: readonly Option[], words: NewWords): Option[] {
  const code = nextOptionCode(options);
  return [...options, { code, label: words.option(code) }];
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const item = items[from];
  if (item === undefined || to < 0 || to >= items.length) return [...items];
  return items.toSpliced(from, 1).toSpliced(to, 0, item);
}

function renameOperand(operand: Operand, from: string, to: string): Operand {
  if (typeof operand !== 'object') return operand;
  if ('var' in operand) return operand.var === from ? { var: to } : operand;
  if ('count' in operand) return operand.count === from ? { count: to } : operand;
  return operand.length === from ? { length: to } : operand;
}

function renameIn(expr: Expression, from: string, to: string): Expression {
  switch (expr.op) {
    case 'and': case 'or': return { ...expr, args: expr.args.map((arg) => renameIn(arg, from, to)) };
    case 'not': return { ...expr, arg: renameIn(expr.arg, from, to) };
    case 'selected': case 'in': case 'answered': return expr.var === from ? { ...expr, var: to } : expr;
    default: return { ...expr, left: renameOperand(expr.left, from, to), right: renameOperand(expr.right, from, to) };
  }
}

/** Points every skip condition that reads `from` at `to`. */
export function renameReferences<D extends Draft>(draft: D, from: string, to: string): D {
  return {
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) => (q.relevant ? { ...q, relevant: renameIn(q.relevant, from, to) } : q)),
    })),
  };
}

/**
 * Renames the question at `at`, and the skip conditions that read it, so a rename never breaks a skip. While the
 * admin types, another question may hold the old name (a duplicate being fixed): the conditions then stay its.
 */
export function renameQuestionVariable<D extends Draft>(draft: D, at: QuestionAt, to: string): D {
  const question = questionAt(draft, at);
  if (!question || question.variable === to) return draft;
  const renamed = replaceQuestion(draft, at, { ...question, variable: to });
  const stillNamed = renamed.sections.some((s) => s.questions.some((q) => q.variable === question.variable));
  return stillNamed ? renamed : renameReferences(renamed, question.variable, to);
}
