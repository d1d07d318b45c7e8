// XLSForm `relevant` to the engine's skip logic and back. Reads the simple kinds the engine represents —
// ${x} = 'a', != < <= > >=, selected(${x}, 'a'), count-selected(${x}), string-length(${x}), and/or/not,
// parentheses — mapping a choice's name to its code; anything else is refused with a reason.
import type { ComparisonOp, Expression, Operand } from '#shared/survey/expression.ts';
import type { Params, Refusal, XlsformCode } from './refusals.ts';
import type { XNode } from './xpath.ts';

/** What the importer knows of a name: whether it holds codes (and which choice name is which code). */
export type NameInfo = { codes?: ReadonlyMap<string, number>; numeric: boolean };
export type Lookup = (name: string) => NameInfo | undefined;
export type Converted = { ok: true; expr: Expression } | { ok: false; refusal: Refusal };

const OPS: Record<string, ComparisonOp> = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const FLIP: Record<ComparisonOp, ComparisonOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

class Refused extends Error {
  constructor(readonly refusal: Refusal) { super(refusal.code); }
}
const refuse = (code: XlsformCode, params: Params = {}): never => { throw new Refused({ code, params }); };

function known(name: string, lookup: Lookup): NameInfo {
  return lookup(name) ?? refuse('unknown_name', { name });
}

function codeOf(name: string, info: NameInfo, value: string | number): number {
  const code = info.codes?.get(String(value));
  return code ?? refuse('unknown_choice', { name, choice: String(value) });
}

/** An operand that reads an answer: ${x}, count-selected(${x}), string-length(${x}). */
function reader(node: XNode, lookup: Lookup): { operand: Operand; name: string; info: NameInfo; raw: boolean } | null {
  if (node.t === 'ref') return { operand: { var: node.name }, name: node.name, info: known(node.name, lookup), raw: true };
  if (node.t === 'call' && node.args.length === 1 && node.args[0]?.t === 'ref') {
    const name = node.args[0].name;
    if (node.name === 'count-selected') return { operand: { count: name }, name, info: known(name, lookup), raw: false };
    if (node.name === 'string-length') return { operand: { length: name }, name, info: known(name, lookup), raw: false };
  }
  return null;
}

function literal(node: XNode): string | number | null {
  return node.t === 'num' ? node.value : node.t === 'str' ? node.value : null;
}

function comparison(node: Extract<XNode, { t: 'cmp' }>, lookup: Lookup): Expression {
  let op = OPS[node.op]!;
  let left = reader(node.left, lookup);
  let rightNode = node.right;
  if (!left) {
    left = reader(node.right, lookup);
    rightNode = node.left;
    op = FLIP[op];
  }
  if (!left) return refuse('unsupported_expression');
  const other = reader(rightNode, lookup);
  if (other) return { op, left: left.operand, right: other.operand };
  const value = literal(rightNode) ?? refuse('unsupported_expression');
  if (left.raw && value === '') {
    if (op === 'eq') return { op: 'not', arg: { op: 'answered', var: left.name } };
    if (op === 'ne') return { op: 'answered', var: left.name };
  }
  if (left.raw && left.info.codes) return { op, left: left.operand, right: codeOf(left.name, left.info, value) };
  const numeric = !left.raw || left.info.numeric;
  if (numeric && typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) return refuse('unsupported_expression');
  return { op, left: left.operand, right: numeric ? Number(value) : value };
}

function convert(node: XNode, lookup: Lookup): Expression {
  switch (node.t) {
    case 'and': case 'or': return { op: node.t, args: node.args.map((arg) => convert(arg, lookup)) };
    case 'cmp': return comparison(node, lookup);
    case 'call': {
      if (node.name === 'not' && node.args.length === 1) return { op: 'not', arg: convert(node.args[0]!, lookup) };
      const [target, choice] = node.args;
      if (node.name === 'selected' && node.args.length === 2 && target?.t === 'ref' && choice && literal(choice) !== null) {
        const info = known(target.name, lookup);
        if (!info.codes) return refuse('selected_not_choice', { name: target.name });
        return { op: 'selected', var: target.name, code: codeOf(target.name, info, literal(choice)!) };
      }
      return refuse('unsupported_function', { function: node.name });
    }
    default: return refuse('unsupported_expression');
  }
}

/** The engine's expression for an XLSForm relevance tree, or why it cannot be one. */
export function toExpression(node: XNode, lookup: Lookup): Converted {
  try {
    return { ok: true, expr: convert(node, lookup) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

/** Whether a variable holds codes (written quoted, as XLSForm writes a choice's name). */
export type IsChoice = (name: string) => boolean;

function writeOperand(o: Operand, quote: boolean): string {
  if (typeof o === 'number') return quote ? `'${o}'` : String(o);
  if (typeof o === 'string') return `'${o.replace(/'/g, '’')}'`;
  if ('var' in o) return `\${${o.var}}`;
  if ('count' in o) return `count-selected(\${${o.count}})`;
  return `string-length(\${${o.length}})`;
}

const SYMBOL: Record<ComparisonOp, string> = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** The XLSForm text of an expression; `nested` wraps and/or in parentheses. */
export function writeExpression(expr: Expression, isChoice: IsChoice, nested = false): string {
  switch (expr.op) {
    case 'and': case 'or': {
      const text = expr.args.map((arg) => writeExpression(arg, isChoice, true)).join(` ${expr.op} `);
      return nested && expr.args.length > 1 ? `(${text})` : text;
    }
    case 'not': return `not(${writeExpression(expr.arg, isChoice)})`;
    case 'selected': return `selected(\${${expr.var}}, '${expr.code}')`;
    case 'in': return writeExpression({ op: 'or', args: expr.codes.map((code) => ({ op: 'selected', var: expr.var, code })) }, isChoice, nested);
    case 'answered': return `\${${expr.var}} != ''`;
    default: {
      const quote = typeof expr.left === 'object' && 'var' in expr.left && isChoice(expr.left.var);
      return `${writeOperand(expr.left, false)} ${SYMBOL[expr.op]} ${writeOperand(expr.right, quote)}`;
    }
  }
}
