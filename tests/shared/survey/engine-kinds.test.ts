// The kinds the demo form does not use (date, decimal number, note, min choices) and relevance chains.
import { describe, expect, it } from 'vitest';
import { and, eq, not } from '../../../shared/survey/expression.ts';
import type { QuestionnaireVersion } from '../../../shared/survey/questionnaire.ts';
import { scenario } from '../../helpers/scenario.ts';

const version: QuestionnaireVersion = {
  surveySlug: 'test', version: 1, status: 'draft',
  sections: [{
    title: 'A',
    questions: [
      { kind: 'note', variable: 'n1', paperNumber: 'Ghi chú', text: 'Đọc cho người trả lời' },
      { kind: 'date', variable: 'd1', paperNumber: 'Câu 1', text: 'Ngày', min: '2026-05-28', max: '2026-06-02' },
      { kind: 'number', variable: 'x1', paperNumber: 'Câu 2', text: 'Diện tích', integer: false, min: 0.5 },
      { kind: 'multiple', variable: 'm1', paperNumber: 'Câu 3', text: 'Chọn', min: 2, options: [
        { code: 1, label: 'A' }, { code: 2, label: 'B' }, { code: 3, label: 'C' }] },
      { kind: 'text', variable: 't1', paperNumber: 'Câu 4', text: 'Ghi', maxLength: 5,
        relevant: and({ op: 'selected', var: 'm1', code: 3 }, not(eq('x1', 1))) },
      // Depends on t1, which may itself be off the path: an off-path answer reads as empty.
      { kind: 'single', variable: 's1', paperNumber: 'Câu 5', text: 'Tiếp', optional: true,
        relevant: { op: 'answered', var: 't1' }, options: [{ code: 1, label: 'Có' }] },
    ],
  }],
};

const base = { d1: '2026-05-30', x1: 2.5, m1: [1, 3], t1: 'abc' };

describe('other question kinds', () => {
  it('accepts a valid set and never lists a note as missing', () => {
    const s = scenario(version, { answers: base });
    expect(s.problems()).toEqual([]);
    expect(s.path()).toEqual(['n1', 'd1', 'x1', 'm1', 't1', 's1']);
    expect(scenario(version).missing()).not.toContain('n1');
  });
  it('refuses impossible dates and dates outside the bounds', () => {
    expect(scenario(version, { answers: { ...base, d1: '2026-02-30' } }).problems()).toEqual(['d1:invalid_date']);
    expect(scenario(version, { answers: { ...base, d1: '30/05/2026' } }).problems()).toEqual(['d1:invalid_date']);
    expect(scenario(version, { answers: { ...base, d1: '2026-06-03' } }).problems()).toEqual(['d1:out_of_range']);
    expect(scenario(version, { answers: { ...base, d1: '2024-02-29' } }).problems()).toEqual(['d1:out_of_range']);
  });
  it('accepts decimals where the number allows them, still bounded', () => {
    expect(scenario(version, { answers: { ...base, x1: 0.75 } }).problems()).toEqual([]);
    expect(scenario(version, { answers: { ...base, x1: 0.25 } }).issues('finish')[0]?.params).toMatchObject({ min: 0.5, max: '…' });
  });
  it('refuses too few choices', () => {
    expect(scenario(version, { answers: { ...base, m1: [3] } }).problems()).toEqual(['m1:too_few_choices']);
  });
  it('applies text limits', () => {
    expect(scenario(version, { answers: { ...base, t1: 'abcdef' } }).problems()).toEqual(['t1:text_too_long']);
  });
  it('sees an off-path answer as empty in later relevance', () => {
    const s = scenario(version, { answers: { ...base, m1: [1, 2] } });
    expect(s.path()).not.toContain('t1');
    expect(s.path()).not.toContain('s1'); // t1 still holds "abc", but it is off the path
    expect(s.dormant()).toEqual(['t1']);
    expect(s.answer('x1', 1).answer('m1', [2, 3]).path()).not.toContain('t1');
  });
});
