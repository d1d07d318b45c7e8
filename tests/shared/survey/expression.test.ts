// Skip logic as data: the zod schema refuses malformed trees; the evaluator follows XLSForm's semantics.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../shared/survey/answer.ts';
import { evaluateExpression } from '../../../shared/survey/evaluate-expression.ts';
import { referencedVariables, type Expression } from '../../../shared/survey/expression.ts';
import { ExpressionSchema } from '../../../shared/survey/expression-schema.ts';

const run = (expr: Expression, answers: Record<string, AnswerValue>) => evaluateExpression(expr, (n) => answers[n]);

describe('ExpressionSchema', () => {
  it('accepts nested and/or/not, comparisons, selected, in, answered, count and length', () => {
    const expr = {
      op: 'and', args: [
        { op: 'ge', left: { var: 'c2' }, right: 18 },
        { op: 'or', args: [{ op: 'selected', var: 'c8', code: 6 }, { op: 'gt', left: { count: 'c12' }, right: 0 }] },
        { op: 'not', arg: { op: 'in', var: 'c3', codes: [5, 6] } },
        { op: 'answered', var: 'c16' },
        { op: 'lt', left: { length: 'c16' }, right: 200 },
      ],
    };
    expect(ExpressionSchema.safeParse(expr).success).toBe(true);
  });
  it.each([
    ['an unknown operator', { op: 'xor', args: [] }],
    ['an empty and', { op: 'and', args: [] }],
    ['a misspelt field', { op: 'not', agr: { op: 'answered', var: 'c1' } }],
    ['a non-integer code', { op: 'selected', var: 'c8', code: 1.5 }],
    ['an operand that is an object of the wrong shape', { op: 'eq', left: { variable: 'c7' }, right: 3 }],
    ['a nested error', { op: 'or', args: [{ op: 'eq', left: { var: 'c7' } }] }],
    ['an empty code list', { op: 'in', var: 'c3', codes: [] }],
    ['a string', '${c7} != 3'],
  ])('refuses %s', (_, value) => {
    expect(ExpressionSchema.safeParse(value).success).toBe(false);
  });
  it('lists the variables an expression reads', () => {
    const expr: Expression = { op: 'and', args: [{ op: 'ne', left: { var: 'c7' }, right: 3 }, { op: 'selected', var: 'c8', code: 1 },
      { op: 'gt', left: { count: 'c12' }, right: { var: 'c7' } }] };
    expect(referencedVariables(expr)).toEqual(['c7', 'c8', 'c12']);
  });
});

describe('evaluateExpression', () => {
  const ne3: Expression = { op: 'ne', left: { var: 'c7' }, right: 3 };
  it('${c7} != 3', () => {
    expect(run(ne3, { c7: 1 })).toBe(true);
    expect(run(ne3, { c7: 3 })).toBe(false);
    expect(run(ne3, { c7: '3' })).toBe(false); // numeric text compares as a number
  });
  it('treats an unanswered value and missing codes as empty: false except !=', () => {
    for (const empty of [undefined, '', [], { missing: -1 }, { missing: -2 }, { missing: -3 }] as (AnswerValue | undefined)[]) {
      const answers = empty === undefined ? {} : { c7: empty };
      expect(run(ne3, answers as Record<string, AnswerValue>)).toBe(true);
      expect(run({ op: 'eq', left: { var: 'c7' }, right: 3 }, answers as Record<string, AnswerValue>)).toBe(false);
      expect(run({ op: 'lt', left: { var: 'c7' }, right: 3 }, answers as Record<string, AnswerValue>)).toBe(false);
      expect(run({ op: 'ge', left: { var: 'c7' }, right: 3 }, answers as Record<string, AnswerValue>)).toBe(false);
      expect(run({ op: 'answered', var: 'c7' }, answers as Record<string, AnswerValue>)).toBe(false);
      expect(run({ op: 'selected', var: 'c7', code: 3 }, answers as Record<string, AnswerValue>)).toBe(false);
    }
    expect(run({ op: 'eq', left: { var: 'a' }, right: { var: 'b' } }, {})).toBe(true);
  });
  it('selected(${c8}, 6) on multiple and single answers', () => {
    const sel: Expression = { op: 'selected', var: 'c8', code: 6 };
    expect(run(sel, { c8: [1, 6] })).toBe(true);
    expect(run(sel, { c8: [1, 2] })).toBe(false);
    expect(run(sel, { c8: 6 })).toBe(true);
  });
  it('count-selected(${c12}) > 0', () => {
    const expr: Expression = { op: 'gt', left: { count: 'c12' }, right: 0 };
    expect(run(expr, { c12: [2] })).toBe(true);
    expect(run(expr, { c12: [] })).toBe(false);
    expect(run(expr, {})).toBe(false);
    expect(run({ op: 'eq', left: { count: 'c12' }, right: 3 }, { c12: [1, 2, 3] })).toBe(true);
  });
  it('${c2} >= 18 and not(${c3} = 5)', () => {
    const expr: Expression = { op: 'and', args: [
      { op: 'ge', left: { var: 'c2' }, right: 18 },
      { op: 'not', arg: { op: 'eq', left: { var: 'c3' }, right: 5 } }] };
    expect(run(expr, { c2: 18, c3: 1 })).toBe(true);
    expect(run(expr, { c2: 17, c3: 1 })).toBe(false);
    expect(run(expr, { c2: 40, c3: 5 })).toBe(false);
    expect(run({ op: 'or', args: [expr, { op: 'answered', var: 'c16' }] }, { c16: 'ý kiến' })).toBe(true);
  });
  it('compares numbers numerically and other text as strings (ISO dates order correctly)', () => {
    expect(run({ op: 'lt', left: { var: 'n' }, right: 10 }, { n: 9 })).toBe(true);
    expect(run({ op: 'lt', left: { var: 'n' }, right: '10' }, { n: 9 })).toBe(true);
    expect(run({ op: 'lt', left: { var: 'd' }, right: '2026-06-01' }, { d: '2026-05-30' })).toBe(true);
    expect(run({ op: 'eq', left: { var: 't' }, right: 'abc' }, { t: 'abc' })).toBe(true);
  });
  it('in(${c3}, [5, 6]) and string-length', () => {
    expect(run({ op: 'in', var: 'c3', codes: [5, 6] }, { c3: 6 })).toBe(true);
    expect(run({ op: 'in', var: 'c3', codes: [5, 6] }, { c3: 1 })).toBe(false);
    expect(run({ op: 'in', var: 'c8', codes: [5, 6] }, { c8: [1, 5] })).toBe(true);
    expect(run({ op: 'gt', left: { length: 'c16' }, right: 3 }, { c16: 'dài hơn' })).toBe(true);
    expect(run({ op: 'gt', left: { length: 'c16' }, right: 3 }, {})).toBe(false);
  });
});
