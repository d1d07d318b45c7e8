// Units from the files offices really send: an .xlsx straight from Excel, or a CSV; bad rows named by line.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitsFile } from '#server/import/read-units-file.ts';

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readUnitsFile', () => {
  it('reads the 22 demo units from an .xlsx with Vietnamese headers and numeric unit numbers', async () => {
    const csv = readFileSync('shared/demo/units-hung-yen-2026.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const bytes = await xlsx([['STT', 'Mã', 'Tên đơn vị', 'Loại', 'Chỉ tiêu'], ...csv.map(([no, code, name, kind, quota]) => [Number(no), code!, name!, kind!, Number(quota)])]);
    const result = await readUnitsFile(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.units).toHaveLength(22);
    expect(result.units[6]).toEqual({ no: '07', code: 'HY-PH07', name: 'Đảng bộ phường Thái Bình', kind: 'ward', quota: 45 });
    expect(result.units.reduce((sum, u) => sum + u.quota, 0)).toBe(1000);
  });

  it('names the bad lines of an .xlsx and imports nothing', async () => {
    const bytes = await xlsx([
      ['no', 'code', 'name', 'kind', 'quota'],
      ['01', 'A', 'Một', 'ward', 45],
      ['02', 'B', 'Hai', 'ward', 'abc'],
      ['03', 'A', 'Ba', 'ward', -5],
    ]);
    const result = await readUnitsFile(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'survey.units.quota_not_number'],
      [4, 'survey.units.duplicate_code'],
      [4, 'survey.units.quota_negative'],
    ]);
  });

  it('still reads CSV, and refuses a broken .xlsx with a clear code', async () => {
    const csv = await readUnitsFile(new TextEncoder().encode('no;code;name;kind;quota\n01;A;Một;ward;45\n'));
    expect(csv).toEqual({ ok: true, units: [{ no: '01', code: 'A', name: 'Một', kind: 'ward', quota: 45 }] });
    const broken = await readUnitsFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(broken).toEqual({ ok: false, errors: [{ line: 1, code: 'survey.units.unreadable_xlsx', params: { line: 1 } }] });
  });
});
