// `npm run export` as an office runs it: the data folder's database, messages in Vietnamese (PHIEU_LANG),
// files written whole, and bad arguments refused with a clear message and exit code 2.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { databaseFile } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { tempDir } from './support.ts';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

async function exportCli(dataDir: string, args: string[], lang = 'vi') {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/export.ts', ...args], { env: { ...process.env, PHIEU_DATA_DIR: dataDir, PHIEU_LANG: lang } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run export', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir();
    const db = openDatabase(databaseFile(dataDir));
    await seedDemo(db, '2026-05-28T08:00:00+07:00');
    storeInterviews(db, generateInterviews({ version: hungYen2026Version1, count: 30, unitNos: hungYen2026Survey.units.map((u) => u.no) }));
    db.close();
  });

  it('writes the .sps and its CSV side by side, and a filtered CSV', async () => {
    const out = join(dataDir, 'xuat', '..', 'phieu.sps');
    const sps = await exportCli(dataDir, ['--survey', 'hung-yen-2026', '--format', 'sps', '--out', out]);
    expect(sps).toEqual({ code: 0, out: `Đã xuất 30 phiếu vào ${out}, ${join(dataDir, 'phieu.csv')}.\n` });
    expect(readFileSync(out, 'utf8')).toContain("/FILE='phieu.csv'");
    const csv = await exportCli(dataDir, ['--survey', 'hung-yen-2026', '--format', 'csv', '--out', join(dataDir, 'don-vi-01.csv'), '--units', '01,02', '--labels']);
    expect(csv.code).toBe(0);
    expect(csv.out).toMatch(/^Đã xuất [1-9]\d* phiếu vào /);
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(join(dataDir, 'don-vi-01.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv.out).toContain(`Đã xuất ${rows.length} phiếu`);
    const names = hungYen2026Survey.units.filter((u) => u.no === '01' || u.no === '02').map((u) => u.name);
    expect(new Set(rows.map((row) => row[header!.indexOf('unit_name')]))).toEqual(new Set(names));
    expect(rows.every((row) => names.includes(row[header!.indexOf('unit_no')]!))).toBe(true); // labels: the unit's name
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.part'))).toEqual([]);
  }, 30_000);

  it('refuses an unknown survey, format, filter or option with a message and exit code 2', async () => {
    const target = join(dataDir, 'x.sav');
    // The same parser as the HTTP route refuses every filter value (routes.test.ts); here, one of each kind.
    const cases: [string[], string, string?][] = [
      [['--survey', 'khong-co', '--format', 'sav', '--out', target], 'Không tìm thấy cuộc khảo sát.'],
      [['--survey', 'khong-co', '--format', 'sav', '--out', target], 'Survey not found.', 'en'],
      [['--survey', 'hung-yen-2026', '--format', 'pdf', '--out', target], 'Không có định dạng xuất “pdf” (chỉ có: sav, sps, xlsx, csv).'],
      [['--survey', 'hung-yen-2026', '--format', 'sav', '--out', target, '--from', '28/05/2026'], 'Bộ lọc “from” không nhận giá trị “28/05/2026”.'],
      [['--survey', 'hung-yen-2026', '--format', 'sav', '--out', target, '--units', '99'], 'Cuộc khảo sát không có đơn vị “99”.'],
    ];
    const results = await Promise.all(cases.map(([args, , lang]) => exportCli(dataDir, args, lang)));
    results.forEach((result, i) => expect(result, cases[i]![0].join(' ')).toEqual({ code: 2, out: `${cases[i]![1]}\n` }));
    const usage = await exportCli(dataDir, ['--survey', 'hung-yen-2026', '--bogus']);
    expect([usage.code, usage.out.split('\n')[0]]).toEqual([2, 'Cách dùng:']);
    expect(existsSync(target)).toBe(false);
  }, 60_000);
});
