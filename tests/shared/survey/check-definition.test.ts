// Malformed questionnaire definitions are refused with errors that name the question and the field.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { checkDefinition } from '../../../shared/survey/check-definition.ts';
import { CheckedQuestionnaireVersionSchema, parseQuestionnaire } from '../../../shared/survey/parse-questionnaire.ts';
import type { Question, QuestionnaireVersion } from '../../../shared/survey/questionnaire.ts';

function withQuestions(...questions: Question[]): QuestionnaireVersion {
  return { surveySlug: 't', version: 1, status: 'draft', sections: [{ title: 'A', questions }] };
}
const single = (variable: string, extra: Partial<Question> = {}): Question =>
  ({ kind: 'single', variable, paperNumber: `Câu ${variable}`, text: 'Q', options: [{ code: 1, label: 'Có' }, { code: 2, label: 'Không' }], ...extra }) as Question;

/** [question, field, code] of every error: what an editor needs to point at the fault. */
const errorsOf = (v: QuestionnaireVersion) => checkDefinition(v).map((e) => [e.question, e.field, e.code]);

describe('checkDefinition', () => {
  it('accepts the demo questionnaire', () => {
    expect(checkDefinition(hungYen2026Version1)).toEqual([]);
  });

  it('refuses duplicate option codes', () => {
    const q = single('c1', { options: [{ code: 1, label: 'Nam' }, { code: 1, label: 'Nữ' }] });
    expect(errorsOf(withQuestions(q))).toEqual([['c1', 'options.1.code', 'survey.definition.duplicate_code']]);
  });

  it('refuses duplicate variable names, across grid rows and "other" texts too', () => {
    const grid: Question = { kind: 'grid', variable: 'c11', paperNumber: 'Câu 11', text: 'G', options: [{ code: 1, label: 'x' }],
      rows: [{ variable: 'c11_1', paperNumber: '11.1', text: 'a' }, { variable: 'c1', paperNumber: '11.2', text: 'b' }] };
    const other = single('c3', { options: [{ code: 7, label: 'Khác', specify: { variable: 'c11_1' } }] });
    expect(errorsOf(withQuestions(single('c1'), grid, other, single('c1', { paperNumber: 'Câu 99' })))).toEqual([
      ['c11', 'rows.1.variable', 'survey.definition.duplicate_variable'],
      ['c3', 'options.0.specify.variable', 'survey.definition.duplicate_variable'],
      ['c1', 'variable', 'survey.definition.duplicate_variable'],
    ]);
  });

  it('refuses a grid without rows', () => {
    const grid: Question = { kind: 'grid', variable: 'c11', paperNumber: 'Câu 11', text: 'G', options: [{ code: 1, label: 'x' }], rows: [] };
    expect(errorsOf(withQuestions(grid))).toEqual([['c11', 'rows', 'survey.definition.grid_without_rows']]);
  });

  it('refuses min > max on numbers, multiple choices and dates', () => {
    const n: Question = { kind: 'number', variable: 'c2', paperNumber: 'Câu 2', text: 'Tuổi', min: 100, max: 18 };
    const m: Question = { kind: 'multiple', variable: 'c8', paperNumber: 'Câu 8', text: 'M', min: 3, max: 2,
      options: [{ code: 1, label: 'a' }, { code: 2, label: 'b' }, { code: 3, label: 'c' }] };
    const d: Question = { kind: 'date', variable: 'd', paperNumber: 'Câu D', text: 'D', min: '2026-06-02', max: '2026-05-28' };
    expect(errorsOf(withQuestions(n, m, d))).toEqual([
      ['c2', 'min', 'survey.definition.min_greater_than_max'],
      ['c8', 'min', 'survey.definition.min_greater_than_max'],
      ['d', 'min', 'survey.definition.min_greater_than_max'],
    ]);
  });

  it('refuses an exclusive option in a single choice', () => {
    const q = single('c7', { options: [{ code: 1, label: 'a' }, { code: 3, label: 'Không biết', exclusive: true }] });
    expect(errorsOf(withQuestions(q))).toEqual([['c7', 'options.1.exclusive', 'survey.definition.exclusive_not_multiple']]);
  });

  it('refuses "other – specify" in a grid, and missing codes used as options', () => {
    const grid: Question = { kind: 'grid', variable: 'g', paperNumber: 'G', text: 'G',
      options: [{ code: 1, label: 'x' }, { code: 7, label: 'Khác', specify: { variable: 'g_other' } }, { code: -2, label: 'Trống' }],
      rows: [{ variable: 'g_1', paperNumber: 'G.1', text: 'r' }] };
    expect(errorsOf(withQuestions(grid))).toEqual([
      ['g', 'options.1.specify', 'survey.definition.specify_in_grid'],
      ['g', 'options.2.code', 'survey.definition.reserved_code'],
    ]);
  });

  it('refuses a choice without options, a multiple max above its options and a fractional bound of a whole number', () => {
    const m: Question = { kind: 'multiple', variable: 'm', paperNumber: 'M', text: 'M', max: 3, options: [{ code: 1, label: 'a' }] };
    const n: Question = { kind: 'number', variable: 'n', paperNumber: 'N', text: 'N', min: 0.5 };
    expect(errorsOf(withQuestions(single('s', { options: [] }), m, n))).toEqual([
      ['s', 'options', 'survey.definition.no_options'],
      ['m', 'max', 'survey.definition.max_above_options'],
      ['n', 'min', 'survey.definition.bound_not_integer'],
    ]);
  });

  it('refuses relevance naming an unknown variable, the question itself, a grid or an unknown code', () => {
    const grid: Question = { kind: 'grid', variable: 'g', paperNumber: 'G', text: 'G', options: [{ code: 1, label: 'x' }],
      rows: [{ variable: 'g_1', paperNumber: 'G.1', text: 'r' }] };
    const v = withQuestions(
      single('c7'),
      single('c8', { relevant: { op: 'ne', left: { var: 'c77' }, right: 3 } }),
      single('c9', { relevant: { op: 'answered', var: 'c9' } }),
      grid,
      single('c10', { relevant: { op: 'or', args: [{ op: 'selected', var: 'c7', code: 9 }, { op: 'eq', left: { var: 'g' }, right: 1 }] } }),
    );
    expect(errorsOf(v)).toEqual([
      ['c8', 'relevant', 'survey.definition.unknown_variable'],
      ['c9', 'relevant', 'survey.definition.self_reference'],
      ['c10', 'relevant', 'survey.definition.no_answer_variable'],
      ['c10', 'relevant', 'survey.definition.unknown_code_in_expression'],
    ]);
    expect(checkDefinition(v)[0]?.params).toEqual({ variable: 'c77' });
  });

  it('accepts relevance on an earlier question, a later one, or a grid row', () => {
    const grid: Question = { kind: 'grid', variable: 'g', paperNumber: 'G', text: 'G', options: [{ code: 1, label: 'x' }],
      rows: [{ variable: 'g_1', paperNumber: 'G.1', text: 'r' }] };
    const v = withQuestions(single('a', { relevant: { op: 'eq', left: { var: 'c' }, right: 1 } }), grid,
      single('c', { relevant: { op: 'selected', var: 'g_1', code: 1 } }));
    expect(checkDefinition(v)).toEqual([]);
  });

  it('refuses SPSS keywords, duplicate paper numbers, empty sections and an empty questionnaire', () => {
    const v: QuestionnaireVersion = { surveySlug: 't', version: 1, status: 'draft', sections: [
      { title: 'A', questions: [single('with'), single('x', { paperNumber: 'Câu with' })] }, { title: 'B', questions: [] }] };
    expect(errorsOf(v)).toEqual([
      [undefined, 'sections.1.questions', 'survey.definition.empty_section'],
      ['with', 'variable', 'survey.definition.reserved_variable'],
      ['x', 'paperNumber', 'survey.definition.duplicate_paper_number'],
    ]);
    expect(errorsOf({ ...v, sections: [] })).toEqual([[undefined, 'sections', 'survey.definition.no_questions']]);
  });
});

describe('parseQuestionnaire', () => {
  it('returns the parsed demo', () => {
    const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(hungYen2026Version1)));
    expect(parsed).toEqual({ ok: true, version: hungYen2026Version1 });
  });
  it('names the question and field of a structural fault', () => {
    const bad = structuredClone(hungYen2026Version1) as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    bad.sections[1]!.questions[5]!.max = 'ba';            // c12
    bad.sections[0]!.questions[1]!.variable = '2tuoi';     // c2
    bad.sections[0]!.questions[0]!.options = [{ code: 1.5, label: 'Nam' }];
    const parsed = parseQuestionnaire(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.question, e.field, e.code])).toEqual(expect.arrayContaining([
      ['c12', 'max', 'survey.definition.invalid_field'],
      ['2tuoi', 'variable', 'survey.definition.invalid_field'],
      ['c1', 'options.0.code', 'survey.definition.invalid_field'],
    ]));
    expect(parsed.errors).toHaveLength(3);
  });
  it('refuses an unknown kind and a relevance that is not an expression', () => {
    const bad = structuredClone(hungYen2026Version1) as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    bad.sections[0]!.questions[2]!.kind = 'dropdown';
    bad.sections[1]!.questions[1]!.relevant = '${c7} != 3';
    const parsed = parseQuestionnaire(bad);
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.question, e.field])).toEqual([['c3', 'kind'], ['c8', 'relevant']]);
  });
  it('runs the definition checks after the structural ones', () => {
    const v = withQuestions({ kind: 'grid', variable: 'c11', paperNumber: 'Câu 11', text: 'G', options: [{ code: 1, label: 'x' }], rows: [] });
    expect(parseQuestionnaire(v)).toEqual({ ok: false, errors: [
      { question: 'c11', field: 'rows', code: 'survey.definition.grid_without_rows', params: {} }] });
  });
  it('exposes the same checks as a zod schema with real paths', () => {
    const v = withQuestions(single('a'), { kind: 'number', variable: 'c2', paperNumber: 'Câu 2', text: 'T', min: 9, max: 1 });
    const result = CheckedQuestionnaireVersionSchema.safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['sections', 0, 'questions', 1, 'min'], 'survey.definition.min_greater_than_max']]);
    expect(CheckedQuestionnaireVersionSchema.safeParse(hungYen2026Version1).success).toBe(true);
  });
});
