// A coded variable by hand: the code of an answer is looked up from its text folded (never a rewritten answer),
// the export lays its numeric column right after the text with the codes as value labels, the row reader fills it,
// and the coded table counts coded and uncoded texts as SPSS would (uncoded as missing).
import { describe, expect, it } from 'vitest';
import { codeOfAnswer, type CodedVariable } from '#shared/coding/coded.ts';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { rowReader, type ExportRecord } from '#shared/exporting/cells.ts';
import { buildExportLayout } from '#shared/exporting/layout.ts';
import { codedTable } from '#server/results/coded-tables.ts';

const coded: CodedVariable = {
  variable: 'c3_other',
  codes: [{ code: 8, label: 'Tiểu thương' }, { code: 9, label: 'Đoàn thể' }],
  byFold: new Map([['tieu thuong', 8], ['doan the', 9]]),
};
const words = (code: string) => `«${code}»`;

describe('a coded variable', () => {
  it('codes an answer by its folded text, and nothing that is not a text', () => {
    expect(['Tiểu  THƯƠNG ', 'doan the', 'Đoàn thể', 'Buôn bán', 7, { missing: -2 }, undefined].map((a) => codeOfAnswer(coded, a)))
      .toEqual([8, 9, 9, null, null, null, null]);
  });

  it('is exported right after its text, with its codes as value labels', () => {
    const layout = buildExportLayout(hungYen2026Survey.units, [hungYen2026Version1], words, { coded: [coded] });
    const names = layout.columns.map((c) => c.name);
    expect(names.slice(names.indexOf('c3'), names.indexOf('c3') + 4)).toEqual(['c3', 'c3_other', 'c3_other_code', 'c4']);
    const column = layout.columns.find((c) => c.name === 'c3_other_code')!;
    expect([column.type, column.valueLabels, column.label.endsWith('(«results.coded.title»)')])
      .toEqual(['numeric', [{ value: 8, label: 'Tiểu thương' }, { value: 9, label: 'Đoàn thể' }], true]);
    const read = rowReader(layout.columns);
    const record = (answer: unknown): ExportRecord => ({
      id: 'x', serial: null, unitNo: '01', unitName: 'A', mode: 'direct', entry: 'interview', interviewer: 'dtv01',
      interviewDay: '2026-05-28', status: 'received', version: 1, answers: { c3: 7, c3_other: answer },
    });
    const at = names.indexOf('c3_other');
    expect(read(record('Buôn bán')).slice(at, at + 2)).toEqual(['Buôn bán', null]);
    expect(read(record('tiểu thương')).slice(at, at + 2)).toEqual(['tiểu thương', 8]);
    expect(read(record(undefined)).slice(at, at + 2)).toEqual(['', null]);
  });

  it('counts 6 texts: 3 of code 8, 1 of code 9, 2 not coded yet', () => {
    const table = codedTable(coded, 'Câu 3 – Khác', ['Tiểu thương', 'tieu thuong', 'TIỂU THƯƠNG', 'Đoàn thể', 'Buôn bán', 'xe ôm'], words);
    expect(table).toEqual({
      variable: 'c3_other_code', title: 'Câu 3 – Khác («results.coded.title»)', kind: 'frequency', total: 6, valid: 4,
      rows: [
        { key: '8', label: 'Tiểu thương', count: 3, percent: 50, validPercent: 75, cumulativePercent: 75 },
        { key: '9', label: 'Đoàn thể', count: 1, percent: (1 / 6) * 100, validPercent: 25, cumulativePercent: 100 },
      ],
      missing: [{ key: 'uncoded', label: '«results.coded.uncoded»', count: 2, percent: (2 / 6) * 100 }],
    });
  });
});
