// Skip logic as data: a small expression tree, checked by `expression-schema.ts` and evaluated by
// `evaluate-expression.ts`. It covers ordinary XLSForm relevance: ${c7} != 3, selected(${c8}, '6'),
// count-selected(${c12}) > 0, and/or/not. Plain code without zod: the phone's form runs it.

/** A literal, or what an answer gives: its value, how many options it selects, or its text's length. */
export type Operand = number | string | { var: string } | { count: string } | { length: string };

export const COMPARISON_OPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export type Expression =
  | { op: 'and' | 'or'; args: Expression[] }
  | { op: 'not'; arg: Expression }
  | { op: ComparisonOp; left: Operand; right: Operand }
  | { op: 'selected'; var: string; code: number }
  | { op: 'in'; var: string; codes: number[] }
  | { op: 'answered'; var: string };

/** Every variable an expression reads, in order of appearance (duplicates kept out). */
export function referencedVariables(expr: Expression, into: string[] = []): string[] {
  const add = (name: string) => { if (!into.includes(name)) into.push(name); };
  const addOperand = (o: Operand) => {
    if (typeof o !== 'object') return;
    if ('var' in o) add(o.var);
    else if ('count' in o) add(o.count);
    else add(o.length);
  };
  switch (expr.op) {
    case 'and': case 'or': for (const a of expr.args) referencedVariables(a, into); break;
    case 'not': referencedVariables(expr.arg, into); break;
    case 'selected': case 'in': case 'answered': add(expr.var); break;
    default: addOperand(expr.left); addOperand(expr.right);
  }
  return into;
}

/** Small constructors so definitions read like the paper form: `ne('c7', 3)`. */
export const v = (name: string) => ({ var: name });
export const eq = (name: string, value: number | string): Expression => ({ op: 'eq', left: v(name), right: value });
export const ne = (name: string, value: number | string): Expression => ({ op: 'ne', left: v(name), right: value });
export const selected = (name: string, code: number): Expression => ({ op: 'selected', var: name, code });
export const and = (...args: Expression[]): Expression => ({ op: 'and', args });
export const or = (...args: Expression[]): Expression => ({ op: 'or', args });
export const not = (arg: Expression): Expression => ({ op: 'not', arg });
