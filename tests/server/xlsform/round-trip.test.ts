// The demo questionnaire written as XLSForm and read back is the same definition, through the XLSForm columns
// alone: the file holds no copy of our JSON (no cell carries a brace), and it reads as ODK's three sheets.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { checkDefinition } from '#shared/survey/check-definition.ts';
import { readXlsform } from '#server/xlsform/import-xlsform.ts';
import { writeXlsform } from '#server/xlsform/write-xlsform.ts';

async function cellsOf(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out = new Map<string, string[][]>();
  book.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => { const cells: string[] = []; row.eachCell({ includeEmpty: true }, (cell) => { cells.push(cell.text); }); rows.push(cells); });
    out.set(sheet.name, rows);
  });
  return out;
}

describe('XLSForm round trip', () => {
  it('gives back the demo questionnaire identically', async () => {
    const bytes = await writeXlsform(hungYen2026Version1);
    const read = await readXlsform(bytes, { surveySlug: 'hung-yen-2026', version: 1 });
    expect(read.errors).toEqual([]);
    expect(read.version).toEqual({ ...hungYen2026Version1, status: 'draft' });
    expect(checkDefinition(read.version!)).toEqual([]);
  });

  it('gives back every kind and rule the engine has identically', async () => {
    const every: QuestionnaireVersion = {
      surveySlug: 'moi-thu', version: 3, status: 'draft', title: 'Mọi thứ', issuer: 'SỞ', intro: 'Xin chào', closing: 'Cảm ơn',
      sections: [
        { title: 'A', questions: [
          { kind: 'note', variable: 'gioi_thieu', paperNumber: 'Lời dẫn', text: 'Đọc cho người trả lời' },
          { kind: 'unit', variable: 'don_vi', paperNumber: 'Câu 1', text: 'Đơn vị' },
          { kind: 'date', variable: 'ngay', paperNumber: 'Câu 2', text: 'Ngày', min: '2026-01-01', max: '2026-12-31', hint: 'dd/mm/yyyy' },
          { kind: 'number', variable: 'thu_nhap', paperNumber: 'Câu 3', text: 'Thu nhập', integer: false, min: 0.5, max: 99.5, optional: true },
          { kind: 'single', variable: 'nghe', paperNumber: 'Câu 4', text: 'Nghề', options: [
            { code: 1, label: 'Nông' }, { code: 9, label: 'Khác', specify: { variable: 'nghe_khac', maxLength: 80 } }] },
        ] },
        { title: 'B', questions: [
          { kind: 'multiple', variable: 'kenh', paperNumber: 'Câu 5', text: 'Kênh', min: 1, max: 2,
            relevant: { op: 'and', args: [{ op: 'answered', var: 'nghe' }, { op: 'not', arg: { op: 'eq', left: { var: 'nghe' }, right: 9 } }] },
            options: [{ code: 1, label: 'Báo' }, { code: 2, label: 'Đài' }, { code: 3, label: 'Không', exclusive: true }] },
          { kind: 'grid', variable: 'bang', paperNumber: 'Câu 6', text: 'Bảng', optional: true, relevant: { op: 'selected', var: 'kenh', code: 1 },
            options: [{ code: 1, label: 'Có' }, { code: 2, label: 'Không' }], rows: [{ variable: 'bang_a', paperNumber: '6a', text: 'Dòng a' }] },
          { kind: 'text', variable: 'y_kien', paperNumber: 'Câu 7', text: 'Ý kiến', maxLength: 300,
            relevant: { op: 'or', args: [{ op: 'ge', left: { count: 'kenh' }, right: 2 }, { op: 'lt', left: { var: 'thu_nhap' }, right: 10.5 },
              { op: 'eq', left: { var: 'bang_a' }, right: 2 }, { op: 'gt', left: { length: 'nghe_khac' }, right: 3 }, { op: 'ne', left: { var: 'nghe_khac' }, right: 'x' }] } },
        ] },
      ],
    };
    const read = await readXlsform(await writeXlsform(every), { surveySlug: 'moi-thu', version: 3 });
    expect(read.errors).toEqual([]);
    expect(read.version).toEqual(every);
  });

  it('writes plain XLSForm sheets with no hidden copy of the definition', async () => {
    const sheets = await cellsOf(await writeXlsform(hungYen2026Version1));
    expect([...sheets.keys()]).toEqual(['survey', 'choices', 'settings']);
    const survey = sheets.get('survey')!;
    expect(survey[0]!.slice(0, 4)).toEqual(['type', 'name', 'label::Vietnamese (vi)', 'hint::Vietnamese (vi)']);
    const all = [...sheets.values()].flat(2);
    expect(all.filter((text) => /[{]\s*"/.test(text))).toEqual([]);
    // Skip logic, the exclusive option, the maximum and the range as XLSForm writes them.
    const row = (name: string) => survey.find((r) => r[1] === name)!;
    expect(row('c8')[5]).toBe("${c7} != '3'");
    expect(row('c12')[6]).toBe("not(selected(., '6') and count-selected(.) > 1) and count-selected(.) <= 3");
    expect(row('c2')[6]).toBe('. >= 18 and . <= 100');
    expect(row('c3_other')[5]).toBe("selected(${c3}, '7')");
    expect(row('c11')[7]).toBe('table-list');
    expect(sheets.get('choices')!.filter((r) => r[0] === 'c11')).toHaveLength(5);
  });
});
