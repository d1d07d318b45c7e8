// On a fresh clone there is no database yet: `npm run export`, `backup`, `accounts` and `audit` say so in the user's
// language, name the path and how to make one, exit 2, and leave the data folder as they found it.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';


const COMMANDS: [string, string[]][] = [
  ['scripts/export.ts', ['--survey', 'hung-yen-2026', '--format', 'csv', '--out', 'out.csv']],
  ['scripts/backup.ts', []],
  ['scripts/accounts.ts', ['list']],
  ['scripts/accounts.ts', ['disable', 'admin']],
  ['scripts/audit.ts', ['verify']],
];

describe('the command-line tools with no database yet', { timeout: 60_000 }, () => {
  it.each(COMMANDS)('%s %j names the missing database and how to make one, exit 2, nothing created', async (file, args) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'phieu-empty-'));
    const result = await runScript(file, args, dataDir);
    expect(result.code).toBe(2);
    expect(result.out).toBe(`Chưa có cơ sở dữ liệu ở ${join(dataDir, 'phieu.sqlite')}.\n`
      + 'Tạo một cơ sở dữ liệu bằng npm run demo (dữ liệu dùng thử) hoặc npm start (cơ sở dữ liệu trống cho khảo sát thật). '
      + 'Nếu dữ liệu nằm ở thư mục khác, đặt PHIEU_DATA_DIR=THƯ_MỤC trước lệnh.\n');
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('says it in English when asked, and does not make a missing data folder either', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'phieu-empty-')), 'data');
    const result = await runScript('scripts/export.ts', COMMANDS[0]![1], dataDir, 'en');
    expect(result.code).toBe(2);
    expect(result.out).toContain(`There is no database at ${join(dataDir, 'phieu.sqlite')}.`);
    expect(result.out).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dataDir, '..'))).toEqual([]);
  });

  it('lets `accounts create` put the first administrator into a new data folder, and refuses bad usage first', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'phieu-new-')), 'data');
    const usage = await runScript('scripts/accounts.ts', ['create', '--username', 'admin'], dataDir);
    expect(usage.code).toBe(1);
    expect(usage.out).toContain('Cách dùng:');
    expect(readdirSync(join(dataDir, '..'))).toEqual([]);
    const created = await runScript('scripts/accounts.ts', ['create', '--username', 'admin', '--name', 'Quản trị', '--role', 'admin', '--password', 'mat-khau-quan-tri'], dataDir);
    expect(created.code).toBe(0);
    expect(created.out).toContain('Đã tạo tài khoản admin (admin).\n');
    // …and the audit log's key beside it, never inside it (decision 0011).
    expect(created.out).toContain(`Đã tạo khóa nhật ký kiểm tra mới: ${dataDir}-keys/audit.key`);
    expect(readdirSync(join(dataDir, '..')).sort()).toEqual(['data', 'data-keys']);
    expect((await runScript('scripts/accounts.ts', ['list'], dataDir)).out).toMatch(/admin\s+admin\s+✓ Quản trị/);
  });
});
