// `npm run report` as an office runs it: the data folder's database, a .docx written whole, a refused cross-tab
// named on the way, bad arguments refused in Vietnamese with exit code 2, and a missing chart font exit code 1.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { readDocx } from './support.ts';

describe('npm run report', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir();
    const db = openDatabase(databaseFile(dataDir));
    await seedDemo(db, '2026-05-28T08:00:00+07:00');
    storeInterviews(db, generateInterviews({ version: hungYen2026Version1, count: 40, unitNos: hungYen2026Survey.units.map((u) => u.no) }));
    db.close();
  });

  it('writes the report, with the fields typed and "\\n" as a line break, naming a refused cross-tab', async () => {
    const out = join(dataDir, 'bao-cao.docx');
    const result = await runScript('scripts/report.ts', [
      '--survey', 'hung-yen-2026', '--out', out, '--questions', 'c1,c9', '--crosstabs', 'c9:unitKind,c9:c9',
      '--signerTitle', 'K/T TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN', '--signer', 'Nguyễn Văn An',
    ], dataDir);
    // What it printed (standard output first, then the warnings on standard error).
    expect(result).toEqual({ code: 0, out: `Đã ghi báo cáo 3 mục, 40 phiếu vào ${out}.\nBỏ qua bảng chéo c9 × c9: Không lập bảng chéo câu c9 với chính nó được.\n` });
    const xml = readDocx(readFileSync(out)).xml('word/document.xml');
    // The two lines of the signatory's title, one line break between them.
    expect(/>K\/T TRƯỞNG BAN<\/w:t><\/w:r><w:r>(?:(?!<\/w:p>).)*?<w:br\/><w:t xml:space="preserve">PHÓ TRƯỞNG BAN</.test(xml)).toBe(true);
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('refuses bad arguments with a Vietnamese message and exit code 2, and a missing font with exit code 1', async () => {
    const out = join(dataDir, 'hong.docx');
    expect(await runScript('scripts/report.ts', ['--survey', 'hung-yen-2026'], dataDir)).toEqual({ code: 2, out: `${vi['report.cli.usage']}\n` });
    expect(await runScript('scripts/report.ts', ['--survey', 'hung-yen-2026', '--out', out, '--layout', 'royal'], dataDir))
      .toEqual({ code: 2, out: 'Bộ lọc “layout” không nhận giá trị “royal”.\n' });
    expect(await runScript('scripts/report.ts', ['--survey', 'nowhere', '--out', out], dataDir)).toMatchObject({ code: 2 });
    process.env.PHIEU_CHART_FONT = '/nowhere/font.ttf';
    try {
      expect(await runScript('scripts/report.ts', ['--survey', 'hung-yen-2026', '--out', out], dataDir)).toEqual({
        code: 1, out: `${vi['problem.report.fontMissing'].replace('{file}', '/nowhere/font.ttf')}\n`,
      });
    } finally {
      delete process.env.PHIEU_CHART_FONT;
    }
    expect(existsSync(out)).toBe(false);
  });
});
