// The demo survey is the paper form, encoded: it passes the definition checks and adds up to 1,000 forms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hungYen2026 } from '../../../shared/demo/hung-yen-2026.ts';
import { checkDefinition } from '../../../shared/survey/check-definition.ts';
import { QuestionnaireVersionSchema } from '../../../shared/survey/questionnaire.ts';
import { questionsOf } from '../../../shared/survey/questions.ts';
import { SurveySchema, totalQuota } from '../../../shared/survey/survey.ts';
import { parseUnitsCsv } from '../../../shared/units/parse-units.ts';

const [version] = hungYen2026.versions;
const question = (variable: string) => questionsOf(version!).find((q) => q.variable === variable)!;
const labels = (variable: string) => {
  const q = question(variable);
  return 'options' in q ? q.options.map((o) => `${o.code}. ${o.label}`) : [];
};

describe('hung-yen-2026', () => {
  it('is a valid survey with one published, well-formed version', () => {
    expect(SurveySchema.safeParse(hungYen2026.survey).success).toBe(true);
    expect(hungYen2026.versions).toHaveLength(1);
    expect(version).toMatchObject({ surveySlug: 'hung-yen-2026', version: 1, status: 'published' });
    expect(QuestionnaireVersionSchema.safeParse(version).success).toBe(true);
    expect(checkDefinition(version!)).toEqual([]);
  });
  it('has the field window, the direct mode and 22 units totalling 1,000 forms', () => {
    expect(hungYen2026.survey.fieldWindow).toEqual({ start: '2026-05-28T00:00:00+07:00', end: '2026-06-02T23:59:59+07:00' });
    expect(hungYen2026.survey.modes).toEqual(['direct']);
    expect(hungYen2026.survey.units).toHaveLength(22);
    expect(totalQuota(hungYen2026.survey)).toBe(1000);
    expect(hungYen2026.survey.units.filter((u) => u.kind === 'province').map((u) => [u.no, u.quota])).toEqual([['21', 50], ['22', 50]]);
  });
  it('embeds the same units as the CSV copy beside it', () => {
    const csv = readFileSync(new URL('../../../shared/demo/units-hung-yen-2026.csv', import.meta.url));
    expect(parseUnitsCsv(new Uint8Array(csv))).toEqual({ ok: true, units: hungYen2026.survey.units });
  });
  it('numbers the 16 questions as on paper, with the grid rows 11.1–11.5', () => {
    const qs = questionsOf(version!);
    expect(qs.map((q) => q.variable)).toEqual(Array.from({ length: 16 }, (_, i) => `c${i + 1}`));
    expect(qs.map((q) => q.paperNumber)).toEqual(Array.from({ length: 16 }, (_, i) => `Câu ${i + 1}`));
    const grid = question('c11');
    expect(grid.kind === 'grid' && grid.rows.map((r) => [r.variable, r.paperNumber])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`c11_${i}`, `11.${i}`]));
    expect(qs.map((q) => q.kind).join(' ')).toBe(
      'single number single single single unit single multiple single single grid multiple single single multiple text');
  });
  it('keeps the codes and labels as printed', () => {
    expect(labels('c3')).toEqual(['1. Cán bộ, công chức, viên chức', '2. Lực lượng vũ trang', '3. Người lao động trong doanh nghiệp',
      '4. Nông dân', '5. Học sinh, sinh viên', '6. Người hưu trí', '7. Khác (ghi rõ)']);
    expect(labels('c11')).toEqual(['1. Rất hài lòng', '2. Hài lòng', '3. Bình thường', '4. Chưa hài lòng', '5. Không hài lòng']);
    expect(labels('c12')[5]).toBe('6. Không có khó khăn gì');
    expect(labels('c14')).toEqual(['1. Thường xuyên', '2. Thỉnh thoảng', '3. Chưa bao giờ']);
  });
  it('has the rules of the paper form', () => {
    expect(question('c2')).toMatchObject({ kind: 'number', min: 18, max: 100 });
    expect(question('c12')).toMatchObject({ kind: 'multiple', max: 3 });
    const c12 = question('c12');
    expect('options' in c12 && c12.options.filter((o) => o.exclusive).map((o) => o.code)).toEqual([6]);
    const specify = questionsOf(version!).flatMap((q) => ('options' in q ? q.options : [])
      .filter((o) => o.specify).map((o) => `${q.variable}:${o.code}:${o.specify!.variable}`));
    expect(specify).toEqual(['c3:7:c3_other', 'c8:6:c8_other', 'c12:7:c12_other', 'c15:5:c15_other']);
    expect(questionsOf(version!).filter((q) => q.optional).map((q) => q.variable)).toEqual(['c16']);
    expect(questionsOf(version!).filter((q) => q.relevant).map((q) => [q.variable, q.relevant])).toEqual([
      ['c8', { op: 'ne', left: { var: 'c7' }, right: 3 }],
      ['c9', { op: 'ne', left: { var: 'c7' }, right: 3 }],
      ['c15', { op: 'ne', left: { var: 'c14' }, right: 3 }],
    ]);
  });
});
