// The demo export as Excel, reopened with exceljs: the codebook lists every variable of the questionnaire
// with its label, type, codes and missing codes; the data sheet holds codes (or labels), text serials, dates.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { demoWithInterviews, downloadBytes, type ExportTestApp } from './support.ts';

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getRows(1, sheet.rowCount)!.map((row) => (row.values as unknown[]).slice(1));

describe('the .xlsx export', () => {
  let t: ExportTestApp;
  beforeAll(async () => { t = await demoWithInterviews(120); });

  it('has a codebook that matches the questionnaire', async () => {
    const book = await open(await downloadBytes(t, 'hung-yen-2026', 'format=xlsx'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Sổ tay biến']);
    const [header, ...codebook] = rowsOf(book.getWorksheet('Sổ tay biến')!);
    expect(header).toEqual(['Biến', 'Nhãn biến', 'Kiểu', 'Thang đo', 'Mã và nhãn giá trị', 'Mã giá trị khuyết', 'Bộ nhiều lựa chọn']);
    const entry = (name: string) => codebook.find((row) => row[0] === name)!;
    const missing = '-1 = Bỏ qua theo bước nhảy (-1)\n-2 = Để trống trên phiếu (-2)\n-3 = Không đọc được / đánh nhiều ô (-3)';
    for (const q of questionsOf(hungYen2026Version1)) {
      if (q.kind === 'single') {
        const codes = q.options.map((o) => `${o.code} = ${o.label}`).join('\n');
        expect(entry(q.variable).slice(0, 6)).toEqual([q.variable, `${q.paperNumber}. ${q.text}`, 'Số', 'Định danh', `${codes}\n${missing}`, '-1, -2, -3']);
      } else if (q.kind === 'grid') {
        for (const row of q.rows) expect(entry(row.variable).slice(1, 4)).toEqual([`Câu ${row.paperNumber}. ${row.text}`, 'Số', 'Thứ bậc']);
      } else if (q.kind === 'multiple') {
        for (const o of q.options) {
          expect(entry(`${q.variable}_${o.code}`)).toEqual([`${q.variable}_${o.code}`, `${q.paperNumber} – ${o.label}`, 'Số', 'Định danh',
            `0 = Không chọn\n1 = Có chọn\n${missing}`, '-1, -2, -3', `$${q.variable}`]);
        }
      } else if (q.kind === 'number') {
        expect(entry(q.variable).slice(1, 4)).toEqual([`${q.paperNumber}. ${q.text}`, 'Số', 'Định lượng']);
      } else if (q.kind === 'text' || q.kind === 'unit') {
        expect(entry(q.variable).slice(1, 3)).toEqual([`${q.paperNumber}. ${q.text}`, 'Chữ']);
      }
      if ('options' in q) for (const o of q.options) if (o.specify) expect(entry(o.specify.variable)[2]).toBe('Chữ');
    }
    expect(entry('interview_date').slice(1, 3)).toEqual(['Ngày khảo sát', 'Ngày']);
  });

  it('holds codes by default and labels on request, serials as text and dates as dates', async () => {
    const codes = await open(await downloadBytes(t, 'hung-yen-2026', 'format=xlsx'));
    const labels = await open(await downloadBytes(t, 'hung-yen-2026', 'format=xlsx&labels=1'));
    const [header, ...rows] = rowsOf(codes.getWorksheet('Dữ liệu')!);
    const labelled = rowsOf(labels.getWorksheet('Dữ liệu')!).slice(1);
    expect(rows).toHaveLength(120);
    const col = (name: string) => header!.indexOf(name);
    const first = t.interviews.find((i) => i.id === rows[0]![col('id')])!;
    expect(rows[0]![col('serial')]).toBe(first.serial); // "0101", leading zero kept
    expect(rows[0]![col('c1')]).toBe(first.answers.c1);
    expect(labelled[0]![col('c1')]).toBe(first.answers.c1 === 1 ? 'Nam' : first.answers.c1 === 2 ? 'Nữ' : 'Để trống trên phiếu (-2)');
    const day = rows[0]![col('interview_date')];
    expect(day).toBeInstanceOf(Date);
    expect((day as Date).toISOString().slice(0, 10)).toBe(first.paper?.interviewDate ?? first.times.finishedAt!.slice(0, 10));
  });
});
