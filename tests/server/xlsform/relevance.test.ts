// XLSForm relevance and constraints as KoboToolbox users write them, read into the engine's rules; what the engine
// cannot enforce is refused with its reason, never guessed; every reason has words in both languages.
import { describe, expect, it } from 'vitest';
import { office as en } from '#shared/i18n/en/office.ts';
import { office as vi } from '#shared/i18n/vi/office.ts';
import { readConstraint } from '#server/xlsform/constraints.ts';
import { XLSFORM_CODES } from '#server/xlsform/refusals.ts';
import { toExpression, type NameInfo } from '#server/xlsform/relevance.ts';
import { parseXPath } from '#server/xlsform/xpath.ts';

const NAMES = new Map<string, NameInfo>([
  ['q1', { numeric: false, codes: new Map([['yes', 1], ['no', 2]]) }],
  ['q2', { numeric: true }],
  ['q3', { numeric: false, codes: new Map([['1', 1], ['2', 2], ['3', 3]]) }],
  ['q4', { numeric: false }],
]);
const read = (text: string) => {
  const tree = parseXPath(text);
  return tree ? toExpression(tree, (name) => NAMES.get(name)) : 'syntax';
};

describe('relevance', () => {
  it('reads comparisons, choices by name, counts, lengths, emptiness and/or/not with parentheses', () => {
    expect(read("${q1}='yes'")).toEqual({ ok: true, expr: { op: 'eq', left: { var: 'q1' }, right: 1 } });
    expect(read('${Q2} >= 18')).toEqual({ ok: true, expr: { op: 'ge', left: { var: 'q2' }, right: 18 } });
    expect(read('18 < ${q2}')).toEqual({ ok: true, expr: { op: 'gt', left: { var: 'q2' }, right: 18 } });
    expect(read('count-selected(${q3}) <= 2 and not(selected(${q3}, "3"))')).toEqual({ ok: true, expr: { op: 'and', args: [
      { op: 'le', left: { count: 'q3' }, right: 2 }, { op: 'not', arg: { op: 'selected', var: 'q3', code: 3 } }] } });
    expect(read("${q4} != '' or (${q1} = 'no' and string-length(${q4}) > 3)")).toEqual({ ok: true, expr: { op: 'or', args: [
      { op: 'answered', var: 'q4' }, { op: 'and', args: [{ op: 'eq', left: { var: 'q1' }, right: 2 }, { op: 'gt', left: { length: 'q4' }, right: 3 }] }] } });
  });

  it('refuses what it cannot read, with the reason', () => {
    expect(read('${q2} >> 3')).toBe('syntax');
    expect(read("${q1} = 'maybe'")).toEqual({ ok: false, refusal: { code: 'unknown_choice', params: { name: 'q1', choice: 'maybe' } } });
    expect(read("${qx} = 'yes'")).toEqual({ ok: false, refusal: { code: 'unknown_name', params: { name: 'qx' } } });
    expect(read('today() > ${q2}')).toEqual({ ok: false, refusal: { code: 'unsupported_expression', params: {} } });
    expect(read("jr:choice-name(${q1}, '${q1}') = 'x'")).toBe('syntax');
    expect(read("selected(${q2}, '1')")).toEqual({ ok: false, refusal: { code: 'selected_not_choice', params: { name: 'q2' } } });
  });
});

describe('constraints', () => {
  it('read ranges, lengths, numbers of choices and an exclusive option', () => {
    expect(readConstraint('. >= 18 and . <= 100', 'integer')).toEqual({ ok: true, limits: { min: 18, max: 100, exclusive: [] } });
    expect(readConstraint('. > 17 and . < 101', 'integer')).toEqual({ ok: true, limits: { min: 18, max: 100, exclusive: [] } });
    expect(readConstraint(". >= date('2026-01-01')", 'date')).toEqual({ ok: true, limits: { min: '2026-01-01', exclusive: [] } });
    expect(readConstraint('string-length(.) <= 200', 'text')).toEqual({ ok: true, limits: { maxLength: 200, exclusive: [] } });
    expect(readConstraint("not(selected(., '99') and count-selected(.) > 1) and count-selected(.) >= 1", 'multiple'))
      .toEqual({ ok: true, limits: { min: 1, exclusive: ['99'] } });
  });

  it('refuse what the engine could not enforce', () => {
    expect(readConstraint('. > 0.5', 'number')).toMatchObject({ ok: false, refusal: { code: 'unsupported_constraint' } });
    expect(readConstraint("regex(., '^[0-9]{10}$')", 'text')).toMatchObject({ ok: false, refusal: { code: 'unsupported_constraint' } });
    expect(readConstraint('. >=', 'integer')).toMatchObject({ ok: false, refusal: { code: 'constraint_syntax' } });
  });
});

describe('refusal reasons', () => {
  it('each have words in Vietnamese and English', () => {
    const missing = (words: Record<string, string>) => XLSFORM_CODES.filter((code) => !(`xlsform.${code}` in words));
    expect(missing(vi)).toEqual([]);
    expect(missing(en)).toEqual([]);
  });
});
