// XLSForm `constraint` to the engine's limits and back: a range of a number or a date (. >= 18 and . <= 100), a
// text's length (string-length(.) <= 200), a number of choices (count-selected(.) <= 3) and an exclusive option
// (not(selected(., '6') and count-selected(.) > 1)). Anything else is refused: the engine could not enforce it.
import type { Question } from '#shared/survey/questionnaire.ts';
import { parseXPath, type XNode } from './xpath.ts';
import type { Refusal } from './refusals.ts';

export type Limits = { min?: number | string; max?: number | string; maxLength?: number; exclusive: string[] };
type Kind = 'number' | 'integer' | 'date' | 'text' | 'multiple';

const isSelf = (node: XNode | undefined) => node?.t === 'self';
const selfCall = (node: XNode, name: string) => node.t === 'call' && node.name === name && node.args.length === 1 && isSelf(node.args[0]);

function value(node: XNode, kind: Kind): number | string | null {
  if (kind === 'date') {
    const text = node.t === 'str' ? node.value : node.t === 'call' && node.name === 'date' && node.args[0]?.t === 'str' ? node.args[0].value : null;
    return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  }
  if (node.t === 'num') return node.value;
  return node.t === 'str' && /^-?\d+(\.\d+)?$/.test(node.value) ? Number(node.value) : null;
}

/** `op` of a bound; strict bounds only where the values are whole numbers (they become the next whole number). */
function bound(op: string, n: number | string, whole: boolean): { side: 'min' | 'max'; n: number | string } | null {
  if (op === '>=') return { side: 'min', n };
  if (op === '<=') return { side: 'max', n };
  if (typeof n !== 'number' || !whole) return null;
  if (op === '>') return { side: 'min', n: n + 1 };
  if (op === '<') return { side: 'max', n: n - 1 };
  return null;
}

function exclusiveOf(node: XNode): string | null {
  // not(selected(., 'k') and count-selected(.) > 1)
  if (node.t === 'call' && node.name === 'not' && node.args[0]?.t === 'and' && node.args[0].args.length === 2) {
    const [sel, count] = node.args[0].args;
    if (sel?.t === 'call' && sel.name === 'selected' && isSelf(sel.args[0]) && sel.args[1] && count?.t === 'cmp'
      && selfCall(count.left, 'count-selected') && count.op === '>' && count.right.t === 'num' && count.right.value === 1) {
      const choice = sel.args[1];
      return choice.t === 'str' ? choice.value : choice.t === 'num' ? String(choice.value) : null;
    }
  }
  return null;
}

function apply(limits: Limits, node: XNode, kind: Kind): boolean {
  if (node.t === 'and') return node.args.every((arg) => apply(limits, arg, kind));
  const exclusive = kind === 'multiple' ? exclusiveOf(node) : null;
  if (exclusive !== null) { limits.exclusive.push(exclusive); return true; }
  if (node.t !== 'cmp') return false;
  const target = kind === 'text' ? 'string-length' : kind === 'multiple' ? 'count-selected' : null;
  const onSelf = target ? selfCall(node.left, target) : isSelf(node.left);
  if (!onSelf) return false;
  const n = value(node.right, kind === 'text' || kind === 'multiple' ? 'integer' : kind);
  const found = n === null ? null : bound(node.op, n, kind !== 'number' && kind !== 'date');
  if (!found) return false;
  if (kind === 'text') {
    if (found.side !== 'max' || typeof found.n !== 'number') return false;
    limits.maxLength = found.n;
  } else limits[found.side] = found.n;
  return true;
}

/** The limits a constraint states for a question of `kind`, or why it cannot be read. */
export function readConstraint(text: string, kind: Kind): { ok: true; limits: Limits } | { ok: false; refusal: Refusal } {
  const tree = parseXPath(text);
  if (!tree) return { ok: false, refusal: { code: 'constraint_syntax', params: { expression: text } } };
  const limits: Limits = { exclusive: [] };
  return apply(limits, tree, kind) ? { ok: true, limits } : { ok: false, refusal: { code: 'unsupported_constraint', params: { expression: text } } };
}

/** The constraint text for a question's limits, or undefined when it has none. */
export function writeConstraint(q: Question): string | undefined {
  const parts: string[] = [];
  const range = (min: number | string | undefined, max: number | string | undefined, wrap: (v: number | string) => string) => {
    if (min !== undefined) parts.push(`. >= ${wrap(min)}`);
    if (max !== undefined) parts.push(`. <= ${wrap(max)}`);
  };
  if (q.kind === 'number') range(q.min, q.max, String);
  if (q.kind === 'date') range(q.min, q.max, (v) => `date('${v}')`);
  if (q.kind === 'text' && q.maxLength !== undefined) parts.push(`string-length(.) <= ${q.maxLength}`);
  if (q.kind === 'multiple') {
    for (const o of q.options) if (o.exclusive) parts.push(`not(selected(., '${o.code}') and count-selected(.) > 1)`);
    if (q.min !== undefined) parts.push(`count-selected(.) >= ${q.min}`);
    if (q.max !== undefined) parts.push(`count-selected(.) <= ${q.max}`);
  }
  return parts.length ? parts.join(' and ') : undefined;
}
