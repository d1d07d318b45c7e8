// Evaluates a relevance expression against answers with a plain recursive walk (no eval, no Function).
// XLSForm semantics for empty values: an unanswered question, or one holding a missing code (-1/-2/-3),
// is "empty"; a comparison with an empty side is false, except `ne`, which is true (empty != 3);
// two empty sides are equal. `selected`/`in` on an empty answer are false; `count` and `length` of it are 0.
import type { AnswerValue } from './answer.ts';
import type { Expression, Operand } from './expression.ts';

/** Reads one variable's answer; the engine hides answers of questions that are off the path. */
export type AnswerReader = (variable: string) => AnswerValue | undefined;

type Scalar = number | string | undefined;

function present(value: AnswerValue | undefined): value is number | string | number[] {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'number';
}

function operandValue(o: Operand, read: AnswerReader): Scalar {
  if (typeof o !== 'object') return o;
  if ('var' in o) {
    const value = read(o.var);
    if (!present(value)) return undefined;
    // A multiple choice compares like XLSForm's space-separated list ("1 3"); use `selected` instead.
    return Array.isArray(value) ? value.join(' ') : value;
  }
  if ('count' in o) {
    const value = read(o.count);
    if (!present(value)) return 0;
    return Array.isArray(value) ? value.length : 1;
  }
  const value = read(o.length);
  return present(value) ? String(value).length : 0;
}

function toNumber(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  if (a === undefined || b === undefined) {
    const bothEmpty = a === undefined && b === undefined;
    return op === 'eq' ? bothEmpty : op === 'ne' ? !bothEmpty : false;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  // Numbers compare as numbers; anything else (text, YYYY-MM-DD dates) compares as strings.
  const numeric = !Number.isNaN(x) && !Number.isNaN(y);
  const order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  switch (op) {
    case 'eq': return order === 0;
    case 'ne': return order !== 0;
    case 'lt': return order < 0;
    case 'le': return order <= 0;
    case 'gt': return order > 0;
    default: return order >= 0; // ge
  }
}

function isSelected(value: AnswerValue | undefined, code: number): boolean {
  if (Array.isArray(value)) return value.includes(code);
  return typeof value === 'number' && value === code;
}

export function evaluateExpression(expr: Expression, read: AnswerReader): boolean {
  switch (expr.op) {
    case 'and':
      for (const arg of expr.args) if (!evaluateExpression(arg, read)) return false;
      return true;
    case 'or':
      for (const arg of expr.args) if (evaluateExpression(arg, read)) return true;
      return false;
    case 'not': return !evaluateExpression(expr.arg, read);
    case 'selected': return isSelected(read(expr.var), expr.code);
    case 'in': {
      const value = read(expr.var);
      for (const code of expr.codes) if (isSelected(value, code)) return true;
      return false;
    }
    case 'answered': return present(read(expr.var));
    default: return compare(expr.op, operandValue(expr.left, read), operandValue(expr.right, read));
  }
}
