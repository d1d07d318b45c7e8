// The export layout: SPSS-safe unique names, labels with paper numbers, one 0/1 column per option with its
// set, and versions merged by variable name; and the row reader that fills it from any version's answers.
import { describe, expect, it } from 'vitest';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { rowReader, spssDate, type ExportRecord } from '#shared/exporting/cells.ts';
import { buildExportLayout } from '#shared/exporting/layout.ts';
import { cutToBytes, numberedLabel, rowPaperNumber, spssLabel } from '#shared/exporting/labels.ts';
import { nameClaimer, spssName } from '#shared/exporting/names.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';

const words = (code: string) => `«${code}»`;
const units = hungYen2026Survey.units;

describe('names and labels', () => {
  it('makes valid, unique SPSS names', () => {
    expect(['Câu 1', '2nd', 'to', 'đơn_vị', '___'].map(spssName)).toEqual(['cau_1', 'v2nd', 'to_', 'don_vi', 'v']);
    const claim = nameClaimer();
    const long = 'a'.repeat(64);
    expect([claim('mode'), claim('MODE'), claim('mode'), claim(long), claim(long)]).toEqual(['mode', 'mode_2', 'mode_3', long, `${'a'.repeat(62)}_2`]);
  });

  it('numbers labels as on paper and cuts them on a character boundary', () => {
    expect(numberedLabel('Câu 7', 'Ông/Bà có biết?')).toBe('Câu 7. Ông/Bà có biết?');
    expect(numberedLabel('Câu 7.', 'Biết')).toBe('Câu 7. Biết');
    expect(rowPaperNumber('Câu 11', '11.3')).toBe('Câu 11.3');
    expect(rowPaperNumber('Câu 11', 'a)')).toBe('a)');
    expect(cutToBytes('ệệệ', 7)).toBe('ệệ');
    expect(spssLabel('Một\r\ndòng\t hai ', 255)).toBe('Một dòng hai');
  });
});

describe('buildExportLayout', () => {
  it('lays the demo out: interview columns, then the questionnaire in paper order', () => {
    const layout = buildExportLayout(units, [hungYen2026Version1], words);
    expect(layout.columns.map((c) => c.name)).toEqual([
      'id', 'serial', 'unit_no', 'unit_name', 'mode', 'entry', 'interviewer', 'interview_date', 'status', 'version',
      'c1', 'c2', 'c3', 'c3_other', 'c4', 'c5', 'c6', 'c7', 'c8_1', 'c8_2', 'c8_3', 'c8_4', 'c8_5', 'c8_6', 'c8_other', 'c9', 'c10',
      'c11_1', 'c11_2', 'c11_3', 'c11_4', 'c11_5', 'c12_1', 'c12_2', 'c12_3', 'c12_4', 'c12_5', 'c12_6', 'c12_7', 'c12_other',
      'c13', 'c14', 'c15_1', 'c15_2', 'c15_3', 'c15_4', 'c15_5', 'c15_other', 'c16',
    ]);
    const column = (name: string) => layout.columns.find((c) => c.name === name)!;
    expect(column('c11_3')).toMatchObject({ label: 'Câu 11.3. Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến', measure: 'ordinal', missing: [-1, -2, -3] });
    expect(column('c8_2')).toMatchObject({ label: 'Câu 8 – Mạng xã hội (Zalo, Facebook, …)', valueLabels: expect.arrayContaining([{ value: 1, label: '«export.choice.yes»' }]) });
    expect(column('c6').valueLabels[6]).toEqual({ value: '07', label: units[6]!.name });
    expect(layout.sets.map((s) => [s.name, s.columns.length])).toEqual([['$c8', 6], ['$c12', 7], ['$c15', 5]]);
  });

  it('merges versions by variable name and gives clashing names way to the questionnaire', () => {
    const v2: QuestionnaireVersion = {
      ...hungYen2026Version1, version: 2,
      sections: [{ title: 'Một', questions: [
        { kind: 'single', variable: 'mode', paperNumber: 'Câu 1', text: 'Giới tính', options: [{ code: 1, label: 'Nam' }, { code: 2, label: 'Nữ' }, { code: 3, label: 'Khác' }] },
        { kind: 'single', variable: 'c1', paperNumber: 'Câu 1b', text: 'Giới tính (mới)', options: [{ code: 1, label: 'Nam giới' }, { code: 9, label: 'Không trả lời' }] },
      ] }],
    };
    const layout = buildExportLayout(units, [hungYen2026Version1, v2], words);
    const names = layout.columns.map((c) => c.name);
    expect(names.slice(0, 13)).toEqual(['id', 'serial', 'unit_no', 'unit_name', 'mode_2', 'entry', 'interviewer', 'interview_date', 'status', 'version', 'mode', 'c1', 'c2']);
    const c1 = layout.columns.find((c) => c.name === 'c1')!;
    expect(c1.label).toBe('Câu 1b. Giới tính (mới)');
    expect(c1.valueLabels.filter((l) => Number(l.value) > 0)).toEqual([{ value: 1, label: 'Nam giới' }, { value: 2, label: 'Nữ' }, { value: 9, label: 'Không trả lời' }]);
    expect(layout.columns.find((c) => c.name === 'c8_1')!.absentIn).toEqual([2]);
  });
});

describe('rowReader', () => {
  it('fills cells from answers by name: codes, missing codes, 0/1 choices, texts, and nothing for the unasked', () => {
    const layout = buildExportLayout(units, [hungYen2026Version1], words);
    const read = rowReader(layout.columns);
    const record: ExportRecord = {
      id: 'x', serial: '0701', unitNo: '07', unitName: 'Phường', mode: 'direct', entry: 'paper', interviewer: 'An',
      interviewDay: '2026-05-29', status: 'approved', version: 1,
      answers: { c1: 2, c2: { missing: -2 }, c8: [1, 6], c8_other: 'Loa', c9: { missing: -1 }, c12: { missing: -3 }, c16: { missing: -2 } },
    };
    const cells = new Map(layout.columns.map((c, i) => [c.name, read(record)[i]]));
    expect([cells.get('serial'), cells.get('mode'), cells.get('entry'), cells.get('status'), cells.get('interview_date')]).toEqual(['0701', 1, 2, 2, '2026-05-29']);
    expect([cells.get('c1'), cells.get('c2'), cells.get('c3'), cells.get('c9')]).toEqual([2, -2, null, -1]);
    expect([cells.get('c8_1'), cells.get('c8_2'), cells.get('c8_6'), cells.get('c8_other')]).toEqual([1, 0, 1, 'Loa']);
    expect([cells.get('c12_1'), cells.get('c15_1'), cells.get('c16'), cells.get('c3_other')]).toEqual([-3, null, '-2', '']);
    expect(spssDate('1582-10-15')).toBe(86_400);
    expect(spssDate('2026-05-28')).toBe(13_999_305_600) // (28/05/2026 − 14/10/1582) in days × 86,400;
  });
});
