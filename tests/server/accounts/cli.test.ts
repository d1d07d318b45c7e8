// The accounts command line as an office runs it: import a CSV, see the result in Vietnamese, list accounts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { readAccountSecurity } from '#server/repo/account-security.ts';
import { runScript } from '../../helpers/run-script.ts';

const accounts = (dataDir: string, ...args: string[]) => runScript('scripts/accounts.ts', args, dataDir);

describe('npm run accounts', { timeout: 60_000 }, () => {
  it('creates, imports with line-numbered refusals, and lists', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'phieu-cli-'));
    const created = await accounts(dataDir, 'create', '--username', 'admin', '--name', 'Quản trị', '--role', 'admin', '--password', 'mat-khau-quan-tri');
    expect(created.code).toBe(0);
    expect(created.out).toContain('Đã tạo tài khoản admin (admin).\n');
    // The first change of a new data folder makes the audit key beside it, and says so loudly (decision 0011).
    expect(created.out).toContain(`Đã tạo khóa nhật ký kiểm tra mới: ${dataDir}-keys/audit.key`);

    const bad = join(dataDir, 'bad.csv');
    writeFileSync(bad, 'username,display_name,role\nadmin,Trùng,admin\nnew1,Mới,nobody\n');
    const refused = await accounts(dataDir, 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Dòng 3: vai trò “nobody” không hợp lệ');
    expect(refused.out).toContain('Tệp CSV bị từ chối, chưa nhập tài khoản nào.');

    const good = join(dataDir, 'good.csv');
    writeFileSync(good, 'username,display_name,role,password\nnew1,Người Mới,enumerator,mat-khau-moi\n');
    expect((await accounts(dataDir, 'import', good)).out).toContain('Đã nhập 1 tài khoản.');
    const listed = await accounts(dataDir, 'list');
    expect(listed.out).toMatch(/admin\s+admin\s+✓ Quản trị/);
    expect(listed.out).toMatch(/new1\s+enumerator\s+✓ Người Mới/);

    // The page's rule: a reset password is temporary, to be changed at the next sign-in.
    const reset = await accounts(dataDir, 'reset-password', 'new1');
    expect(reset.code).toBe(0);
    const db = openDatabase(databaseFile(dataDir));
    expect(readAccountSecurity(db, findAccountByUsername(db, 'new1')!.id)?.mustChangePassword).toBe(true);
    db.close();
  });
});
