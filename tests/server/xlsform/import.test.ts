// An XLSForm written the way KoboToolbox users write them imports and checks clean; five broken ones are refused
// at the right sheet, row and column, with a reason the dictionary words.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from '#shared/survey/check-definition.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { readXlsform } from '#server/xlsform/import-xlsform.ts';
import { BROKEN, koboForm, rowOf, withRow, xlsxOf, type FormSpec } from './kobo-forms.ts';

const target = { surveySlug: 'thu', version: 2 };
const read = async (spec: FormSpec) => readXlsform(await xlsxOf(spec), target);

describe('importing a KoboToolbox-style XLSForm', () => {
  it('reads groups, or_other, relevance, constraints, a table-list grid and the settings, and checks clean', async () => {
    const { version, errors } = await read(koboForm());
    expect(errors).toEqual([]);
    expect(checkDefinition(version!)).toEqual([]);
    expect(version!.title).toBe('Khảo sát thử từ KoboToolbox');
    expect(version!.sections.map((s) => s.title)).toEqual(['THÔNG TIN CHUNG', 'NỘI DUNG']);
    const byName = new Map(questionsOf(version!).map((q) => [q.variable, q]));
    expect([...byName.keys()]).toEqual(['gioi_tinh', 'tuoi', 'nghe', 'biet', 'kenh', 'danh_gia', 'y_kien', 'ngay', 'cam_on']);
    expect(byName.get('tuoi')).toMatchObject({ kind: 'number', paperNumber: 'Câu 2', min: 18, max: 100 });
    expect(byName.get('nghe')).toMatchObject({
      kind: 'single', hint: 'Nghề chính',
      options: [{ code: 1, label: 'Cán bộ' }, { code: 2, label: 'Nông dân' }, { code: 3, label: 'Khác (ghi rõ)', specify: { variable: 'nghe_other' } }],
    });
    expect(byName.get('kenh')).toMatchObject({ kind: 'multiple', max: 3, relevant: { op: 'ne', left: { var: 'biet' }, right: 3 } });
    expect((byName.get('kenh') as { options: { exclusive?: boolean }[] }).options[5]!.exclusive).toBe(true);
    expect(byName.get('danh_gia')).toMatchObject({
      kind: 'grid', paperNumber: 'Câu 6', text: 'Đánh giá các mặt',
      rows: [{ variable: 'dg_thai_do', paperNumber: '6.1', text: 'Thái độ phục vụ' }, { variable: 'dg_thoi_gian', paperNumber: '6.2', text: 'Thời gian giải quyết' }],
    });
    expect(byName.get('y_kien')).toMatchObject({
      kind: 'text', optional: true, maxLength: 500,
      relevant: { op: 'or', args: [
        { op: 'selected', var: 'kenh', code: 2 },
        { op: 'and', args: [{ op: 'ge', left: { var: 'tuoi' }, right: 30 }, { op: 'not', arg: { op: 'eq', left: { var: 'gioi_tinh' }, right: 2 } }] },
      ] },
    });
    expect(byName.get('ngay')).toMatchObject({ kind: 'date', min: '2026-01-01' });
    expect(byName.get('cam_on')).toEqual({ kind: 'note', variable: 'cam_on', paperNumber: 'Câu 9', text: 'Xin cảm ơn!' });
  });
});

describe('broken XLSForms', () => {
  for (const broken of BROKEN) {
    it(`refuses ${broken.why} at its sheet, row and column`, async () => {
      const spec = broken.spec();
      const row = broken.row(spec);
      const { version, errors } = await read(spec);
      expect(version).toBeNull();
      expect(errors[0]).toMatchObject({ sheet: 'survey', row, column: broken.column, code: broken.code });
      for (const error of errors) expect(vi).toHaveProperty([error.code]);
    });
  }

  it('refuses a file that is not a spreadsheet', async () => {
    const { errors } = await readXlsform(new TextEncoder().encode('not a workbook'), target);
    expect(errors).toEqual([{ sheet: '', row: 0, column: '', code: 'xlsform.unreadable', params: {} }]);
  });

  it('ignores Kobo metadata and extra language columns, refuses calculations and choice filters by column', async () => {
    const spec = withRow(koboForm(), 'tuoi', (row) => [row, { type: 'calculate', name: 'nam_sinh', calculation: '2026 - ${tuoi}' }]);
    const { errors } = await read(spec);
    expect(errors).toEqual([expect.objectContaining({ row: rowOf(spec, 'nam_sinh'), column: 'A', code: 'xlsform.unsupported_type' })]);
    const filtered = withRow(koboForm(), 'biet', (row) => [{ ...row, choice_filter: 'nhom = 1' }]);
    expect((await read(filtered)).errors).toEqual([
      { sheet: 'survey', row: rowOf(filtered, 'biet'), column: 'N', code: 'xlsform.unsupported_column', params: { column: 'choice_filter' } },
    ]);
  });
});
