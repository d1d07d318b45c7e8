// Skip logic chosen from lists, never typed as code: a question is shown when all (or any) of a few conditions
// hold, each "question – comparison – value". Converts both ways with the engine's expressions; an expression
// this flat form cannot show (nested and/or, not) is kept as it is and shown read-only.
import { referencedVariables, type ComparisonOp, type Expression } from '../survey/expression.ts';
import type { Question } from '../survey/questionnaire.ts';
import type { Draft } from './suggest.ts';

export type ConditionOp = ComparisonOp | 'selected' | 'not_selected' | 'answered';

export type Condition = { variable: string; op: ConditionOp; value?: number | string };
export type ConditionList = { join: 'and' | 'or'; conditions: Condition[] };

const COMPARISONS: readonly ConditionOp[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

/** The comparisons that mean something for a question's answer (what the builder's list offers). */
export function operatorsFor(question: Question): ConditionOp[] {
  switch (question.kind) {
    case 'single': return ['eq', 'ne', 'answered'];
    case 'multiple': return ['selected', 'not_selected', 'answered'];
    case 'number': case 'date': return [...COMPARISONS, 'answered'];
    case 'text': case 'unit': return ['eq', 'ne', 'answered'];
    case 'grid': case 'note': return [];
  }
}

/** The questions a condition of `target` may read: those before it that have an answer to compare. */
export function conditionSources(draft: Draft, target: Question): Question[] {
  const before: Question[] = [];
  for (const q of draft.sections.flatMap((s) => s.questions)) {
    if (q === target) break;
    if (operatorsFor(q).length > 0) before.push(q);
  }
  return before;
}

function conditionToExpression(c: Condition): Expression | undefined {
  switch (c.op) {
    case 'answered': return { op: 'answered', var: c.variable };
    case 'selected': case 'not_selected': {
      if (typeof c.value !== 'number') return undefined;
      const selected: Expression = { op: 'selected', var: c.variable, code: c.value };
      return c.op === 'selected' ? selected : { op: 'not', arg: selected };
    }
    default: return c.value === undefined || c.value === '' ? undefined : { op: c.op, left: { var: c.variable }, right: c.value };
  }
}

/** The expression of a list; conditions still missing a value are left out; none left means "always shown". */
export function toExpression(list: ConditionList): Expression | undefined {
  const parts = list.conditions.map(conditionToExpression).filter((e): e is Expression => e !== undefined);
  if (parts.length <= 1) return parts[0];
  return { op: list.join, args: parts };
}

function expressionToCondition(e: Expression): Condition | undefined {
  switch (e.op) {
    case 'answered': return { variable: e.var, op: 'answered' };
    case 'selected': return { variable: e.var, op: 'selected', value: e.code };
    case 'not': return e.arg.op === 'selected' ? { variable: e.arg.var, op: 'not_selected', value: e.arg.code } : undefined;
    case 'and': case 'or': case 'in': return undefined;
    default: {
      if (typeof e.left !== 'object' || !('var' in e.left) || typeof e.right === 'object') return undefined;
      return { variable: e.left.var, op: e.op, value: e.right };
    }
  }
}

/** The list form of an expression, or undefined when it is more than a flat list (shown read-only then). */
export function fromExpression(e: Expression | undefined): ConditionList | undefined {
  if (e === undefined) return { join: 'and', conditions: [] };
  const args = e.op === 'and' || e.op === 'or' ? e.args : [e];
  const conditions = args.map(expressionToCondition);
  if (conditions.some((c) => c === undefined)) return undefined;
  return { join: e.op === 'or' ? 'or' : 'and', conditions: conditions as Condition[] };
}

/** The questions whose skip conditions read `variable`: the builder names them before a delete or a rename. */
export function questionsReading(draft: Draft, variable: string): Question[] {
  return draft.sections.flatMap((s) => s.questions).filter((q) => q.relevant !== undefined && referencedVariables(q.relevant).includes(variable));
}
