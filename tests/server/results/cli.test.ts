// `npm run tables` as an office runs it: the data folder's database, one sheet per question's table plus the
// cross-tabs asked for, the numbers of the results routes, and bad arguments refused in Vietnamese with exit code 2.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { databaseFile } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { runScript } from '../../helpers/run-script.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { tempDir } from '../export/support.ts';

const interviews = generateInterviews({ version: hungYen2026Version1, count: 40, unitNos: hungYen2026Survey.units.map((u) => u.no) });

describe('npm run tables', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir();
    const db = openDatabase(databaseFile(dataDir));
    await seedDemo(db, '2026-05-28T08:00:00+07:00');
    storeInterviews(db, interviews);
    db.close();
  });

  it('writes every table as a sheet, and the cross-tabs asked for', async () => {
    const out = join(dataDir, 'bang.xlsx');
    const result = await runScript('scripts/tables.ts', ['--survey', 'hung-yen-2026', '--out', out, '--bands', 'c2:18-30,31-45,46-60,61+', '--crosstab', 'c9:unitKind'], dataDir);
    expect(result).toEqual({ code: 0, out: `Đã ghi 17 bảng của 40 phiếu vào ${out}.\n` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual([vi['results.sheet.index'], 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13', 'c14', 'c15', 'c16', 'c9_x_unitKind']);
    const c1 = book.getWorksheet('c1')!;
    expect(c1.getCell('A1').value).toBe('Câu 1. Giới tính:');
    const count = (code: number) => interviews.filter((i) => i.answers.c1 === code).length;
    expect([c1.getCell('A3').value, c1.getCell('B3').value, c1.getCell('A4').value, c1.getCell('B4').value]).toEqual(['Nam', count(1), 'Nữ', count(2)]);
    expect(book.getWorksheet('c2')!.getColumn(1).values).toEqual(expect.arrayContaining(['18–30', '31–45', '46–60', '61+']));
  });

  it('refuses bad bands and a bad cross-tab with a Vietnamese message and exit code 2, writing nothing', async () => {
    const out = join(dataDir, 'hong.xlsx');
    expect(await runScript('scripts/tables.ts', ['--survey', 'hung-yen-2026', '--out', out, '--bands', 'c2:18-30,35-45'], dataDir))
      .toEqual({ code: 2, out: 'Các khoảng chia của câu c2 bị hở giữa 18–30 và 35–45.\n' });
    expect(await runScript('scripts/tables.ts', ['--survey', 'hung-yen-2026', '--out', out, '--crosstab', 'c9:c9'], dataDir))
      .toEqual({ code: 2, out: 'Không lập bảng chéo câu c9 với chính nó được.\n' });
    expect((await runScript('scripts/tables.ts', ['--survey', 'hung-yen-2026'], dataDir)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
