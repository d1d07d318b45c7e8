// `npm run audit -- verify` on a real data folder, as an office would run it: passes on an untouched log (the
// accounts command line's own actions included), and fails — exit 1, the broken row named in Vietnamese — after a row
// is edited in SQLite and the chain re-signed without the key, and after the last rows are deleted.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateAnchor } from '#server/audit/anchor.ts';
import { appendAudit } from '#server/audit/append.ts';
import { openAuditKey } from '#server/audit/open-audit.ts';
import { databaseFile, defaultKeysDir } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { iterateAuditRows } from '#server/repo/audit-log.ts';
import { resignAuditChain } from '../helpers/forge-audit-chain.ts';
import { runScript } from '../helpers/run-script.ts';

const verify = (dataDir: string) => runScript('scripts/audit.ts', ['verify'], dataDir);

describe('npm run audit -- verify', { timeout: 60_000 }, () => {
  it('passes on an untouched log, fails after an edit re-signed with another key, and after the last rows go', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-audit-'));
    const dataDir = join(root, 'data');
    const keys = defaultKeysDir(dataDir);
    expect(keys).toBe(join(root, 'data-keys'));

    // The first account of a new data folder: the command line makes the database and the key, and logs itself.
    const created = await runScript('scripts/accounts.ts', ['create', '--username', 'admin', '--name', 'Quản trị', '--role', 'admin', '--password', 'mat-khau-quan-tri'], dataDir);
    expect(created.code).toBe(0);
    const db = openDatabase(databaseFile(dataDir));
    const { key, created: made } = openAuditKey(db, join(keys, 'audit.key'));
    expect(made).toBe(false);
    expect((await runScript('scripts/accounts.ts', ['reset-password', 'admin', '--password', 'mat-khau-moi-2026'], dataDir)).code).toBe(0);
    const cli = { actorId: null, actor: expect.stringMatching(/^cli:/), address: null };
    expect([...iterateAuditRows(db)]).toMatchObject([
      { seq: 1, ...cli, action: 'account.create' }, { seq: 2, ...cli, action: 'account.resetPassword', target: 'account:1' },
    ]);
    expect([...iterateAuditRows(db)].map((row) => row.after).join()).not.toContain('mat-khau');
    for (let n = 3; n <= 5; n++) {
      appendAudit(db, key, { at: `2026-05-28T0${n}:00:00.000Z`, actorId: 1, actor: 'admin', address: '10.0.0.5', action: 'account.disable', target: `account:${n}` });
    }
    updateAnchor(db, key, join(keys, 'audit.anchor'));
    expect(await verify(dataDir)).toEqual({ code: 0, out: 'Nhật ký kiểm tra nguyên vẹn: 5 dòng; khớp với tệp mốc và 0 bản sao lưu.\n' });

    // A backup remembers the end too.
    expect((await runScript('scripts/backup.ts', [], dataDir)).code).toBe(0);
    expect((await verify(dataDir)).out).toContain('Nhật ký kiểm tra nguyên vẹn: 6 dòng; khớp với tệp mốc và 1 bản sao lưu.');

    // Someone with SQLite but not the key: drops the triggers, deletes the last two rows. The chain left is perfect.
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.prepare('DELETE FROM audit_log WHERE seq > 4').run();
    const cut = await verify(dataDir);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('Nhật ký kiểm tra KHÔNG nguyên vẹn (4 dòng):');
    expect(cut.out).toContain('tệp mốc ghi nhận 6 dòng, nhật ký chỉ còn 4: các dòng cuối đã bị xóa');
    expect(cut.out).toMatch(/bản sao lưu phieu-.*\.sqlite ghi nhận 5 dòng, nhật ký chỉ còn 4/);

    // …or edits a row and re-signs the whole chain with a key of their own.
    rmSync(join(dataDir, 'backups'), { recursive: true });
    updateAnchor(db, key, join(keys, 'audit.anchor'), { force: true });
    expect((await verify(dataDir)).code).toBe(0);
    db.prepare("UPDATE audit_log SET target = 'account:99' WHERE seq = 2").run();
    resignAuditChain(db);
    db.close();
    const edited = await verify(dataDir);
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('dòng 1 đã bị sửa, bị chèn vào, hoặc được ký bằng một khóa khác');
    expect(edited.out).toContain('dòng 4 khác với dòng mà tệp mốc ghi nhận');
  });

  it('refuses to run without the key (exit 2), and never makes one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-audit-'));
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    openDatabase(databaseFile(dataDir)).close();
    const result = await verify(dataDir);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`Không tìm thấy khóa nhật ký kiểm tra ở ${join(root, 'data-keys', 'audit.key')}`);
    expect(existsSync(join(root, 'data-keys'))).toBe(false);
  });
});
