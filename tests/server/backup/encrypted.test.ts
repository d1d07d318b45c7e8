// Encrypted backups: AES-256-GCM with a header that says what the file is; a restore with the right key gives the
// database back, a wrong key or one edited byte is refused with nothing changed; files are 0600; and the command
// line makes keys, encrypts, and says a wrong key in Vietnamese.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { backupDatabase, listBackups } from '#server/backup/backup.ts';
import { BackupError } from '#server/backup/backup-error.ts';
import { readEncryptedHeader } from '#server/backup/encrypt.ts';
import { restoreBackup } from '#server/backup/restore.ts';
import { appendAudit } from '#server/audit/append.ts';
import { databaseFile } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { backupEnd } from '#server/audit/verify.ts';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const NOW = Date.parse('2026-05-28T03:00:00Z');

function liveFolder() {
  const dataDir = mkdtempSync(join(tmpdir(), 'phieu-enc-'));
  const db = openDatabase(databaseFile(dataDir));
  db.exec("INSERT INTO accounts (username, display_name, role, password_hash, created_at) VALUES ('admin', 'Quản trị', 'admin', '-', '2026-05-28T00:00:00Z')");
  const row = appendAudit(db, randomBytes(32), { at: '2026-05-28T01:00:00.000Z', actorId: 1, actor: 'admin', address: null, action: 'account.create', target: 'account:1' });
  return { dataDir, db, auditEnd: { count: 1, lastHash: row.hash } };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error.code;
    throw error;
  }
  return 'no refusal';
}

describe('encrypted backups', { timeout: 60_000 }, () => {
  it('encrypt, restore with the key; refuse a wrong key and an edited file, leaving the live database alone', async () => {
    const { dataDir, db, auditEnd } = liveFolder();
    const key = randomBytes(32);
    const result = await backupDatabase(db, join(dataDir, 'backups'), { keep: 5, now: NOW, encryptKey: key });
    db.close();
    expect(result.file).toMatch(/phieu-2026-05-28_10-00-00-000\.sqlite\.enc$/);
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'backups')).mode & 0o777).toBe(0o700);
    expect(listBackups(join(dataDir, 'backups'))).toEqual([result.file]);
    const bytes = readFileSync(result.file);
    expect(bytes.subarray(0, 10)).toEqual(Buffer.from([...Buffer.from('PHIEUBAK'), 1, 1]));
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Quản trị'))).toBe(false);
    // The header carries the audit log's end, readable without the key (verify compares it with the live log).
    expect(readEncryptedHeader(result.file).manifest).toEqual({ takenAt: '2026-05-28T03:00:00.000Z', audit: auditEnd });
    expect(backupEnd(result.file)).toEqual(auditEnd);

    const elsewhere = mkdtempSync(join(tmpdir(), 'phieu-restore-'));
    writeFileSync(databaseFile(elsewhere), 'the live database');
    expect(await refusal(restoreBackup(result.file, elsewhere, NOW, randomBytes(32)))).toBe('backup.wrongKey');
    expect(await refusal(restoreBackup(result.file, elsewhere, NOW, null))).toBe('backup.keyNeeded');
    const edited = join(elsewhere, 'edited.sqlite.enc');
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 1;
    writeFileSync(edited, flipped);
    expect(await refusal(restoreBackup(edited, elsewhere, NOW, key))).toBe('backup.tampered');
    // The manifest is authenticated too: a changed count is an edited file.
    const manifestEdited = Buffer.from(bytes.toString('latin1').replace('"count":1', '"count":7'), 'latin1');
    writeFileSync(edited, manifestEdited);
    expect(await refusal(restoreBackup(edited, elsewhere, NOW, key))).toBe('backup.tampered');
    expect(readFileSync(databaseFile(elsewhere), 'utf8')).toBe('the live database');

    const { moved, encrypted } = await restoreBackup(result.file, elsewhere, NOW, key);
    expect(encrypted).toBe(true);
    expect(moved).toHaveLength(1);
    expect(readFileSync(moved[0]!, 'utf8')).toBe('the live database');
    expect(statSync(databaseFile(elsewhere)).mode & 0o777).toBe(0o600);
    const restored = openDatabase(databaseFile(elsewhere));
    expect(restored.prepare('SELECT display_name FROM accounts').pluck().get()).toBe('Quản trị');
    restored.close();
  });

  it('plain backups are 0600 too and carry the same manifest', async () => {
    const { dataDir, db, auditEnd } = liveFolder();
    const result = await backupDatabase(db, join(dataDir, 'backups'), { keep: 5, now: NOW });
    db.close();
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    expect(backupEnd(result.file)).toEqual(auditEnd);
  });

  it('npm run backup: --make-key, --encrypt --key-file, and a restore with a wrong key said in Vietnamese', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-enc-cli-'));
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    openDatabase(databaseFile(dataDir)).close();
    const backup = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run(tsx, ['scripts/backup.ts', ...args], { env: { ...process.env, PHIEU_DATA_DIR: dataDir, PHIEU_LANG: 'vi' } });
        return { code: 0, out: stdout + stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, out: e.stdout + e.stderr };
      }
    };
    const keyFile = join(root, 'usb.key');
    expect(await backup('--make-key', keyFile)).toEqual({ code: 0, out: `Đã tạo khóa sao lưu ${keyFile}. Cất một bản ở nơi khác với các bản sao lưu: mất khóa thì không khôi phục được.\n` });
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await backup('--make-key', keyFile)).toEqual({ code: 1, out: `Đã có tệp ${keyFile}; Phiếu không ghi đè một khóa.\n` });

    const usb = join(root, 'usb');
    const made = await backup('--encrypt', '--key-file', keyFile, '--dir', usb);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Đã sao lưu và mã hóa vào .*usb\/phieu-.*\.sqlite\.enc \(\d+ KB\)\./);
    const [file] = listBackups(usb);

    const otherKey = join(root, 'other.key');
    await backup('--make-key', otherKey);
    const wrong = await backup('--restore', file!, '--key-file', otherKey);
    expect(wrong).toEqual({ code: 1, out: `Khóa không đúng: ${file} được mã hóa bằng một khóa khác. Không có gì bị thay đổi.\n` });
    const right = await backup('--restore', file!, '--key-file', keyFile);
    expect(right.code).toBe(0);
    expect(right.out).toContain(`Đã khôi phục từ ${file}.`);
    expect(right.out).toContain('Đã ghi việc khôi phục vào nhật ký kiểm tra');
  });
});
