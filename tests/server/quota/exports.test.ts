// The province table as CSV (UTF-8 with BOM) and .xlsx: the same figures as the screen, a totals row of 1,000
// for the demo, headers in the reader's language, over quota shown uncapped.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { testApp, type TestApp } from '../support/test-app.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { signInDemo, SURVEY } from './support.ts';

async function withInterviews(): Promise<{ t: TestApp; cookie: string }> {
  const t = await testApp({ demo: true });
  // 48 forms in unit 01 (quota 45: three over), 5 in unit 02, two of them approved.
  storeInterviews(t.db, generateInterviews({ version: hungYen2026.versions[0]!, count: 48, unitNos: ['01'], seed: 1, accountId: 2 }));
  const unit02 = generateInterviews({ version: hungYen2026.versions[0]!, count: 5, unitNos: ['02'], seed: 2, accountId: 2 });
  storeInterviews(t.db, unit02.slice(0, 3), { flags: () => ['too_short'] });
  storeInterviews(t.db, unit02.slice(3), { status: 'approved' });
  return { t, cookie: await signInDemo(t, 'admin') };
}

describe('province exports', { timeout: 30_000 }, () => {
  it('writes a CSV with a BOM, Vietnamese headers, one row per unit and the totals row', async () => {
    const { t, cookie } = await withInterviews();
    const response = await t.request(`/api/quota/${SURVEY}/export.csv`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="tien-do-${SURVEY}-2026-05-28.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const { data } = Papa.parse<string[]>(text.trim(), { header: false });
    expect(data[0]!.slice(0, 11)).toEqual([
      'Số', 'Đơn vị', 'Loại', 'Chỉ tiêu', 'Đã nhận', 'Đã duyệt', 'Gắn cờ', 'Chờ trên máy', 'Còn thiếu', 'Vượt chỉ tiêu', 'Hoàn thành (%)',
    ]);
    expect(data).toHaveLength(1 + 22 + 1);
    const unit01 = data[1]!;
    expect(unit01[0]).toBe('01');
    expect(unit01.slice(3, 11)).toEqual(['45', '48', '0', '0', '0', '0', '3', '106.7']);
    expect(data[2]!.slice(3, 11)).toEqual(['45', '5', '2', '3', '0', '40', '0', '11.1']);
    const total = data[23]!;
    expect(total.slice(0, 2)).toEqual(['', 'Tổng cộng']);
    // Over quota in unit 01 does not make up for the other units: remaining is summed per unit.
    expect(total.slice(3, 11)).toEqual(['1000', '53', '2', '3', '0', String(0 + 40 + (1000 - 45 - 45)), '3', '5.3']);
  });

  it('writes the same figures to .xlsx, in English on request', async () => {
    const { t, cookie } = await withInterviews();
    const response = await t.request(`/api/quota/${SURVEY}/export.xlsx?lang=en`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Progress')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'No.', 'Unit', 'Kind', 'Target', 'Received', 'Approved', 'Flagged',
      'Waiting on devices', 'Remaining', 'Over quota', 'Completion (%)']);
    expect(sheet.rowCount).toBe(24);
    expect(sheet.getCell('E2').value).toBe(48);
    expect(sheet.getCell('K2').value).toBeCloseTo(48 / 45);
    expect(sheet.getCell('K2').numFmt).toBe('0.0%');
    expect(sheet.getCell('B24').value).toBe('Total');
    expect(sheet.getCell('D24').value).toBe(1000);
    expect(sheet.getCell('C2').value).toBe(hungYen2026.survey.units[0]!.kind === 'commune' ? 'Commune' : 'Ward');
  });

  it('falls back to Vietnamese for a language it does not know', async () => {
    const { t, cookie } = await withInterviews();
    const response = await t.request(`/api/quota/${SURVEY}/export.csv?lang=fr`, { headers: { cookie } });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()).slice(0, 4)).toBe('\uFEFFSố,');
  });
});
