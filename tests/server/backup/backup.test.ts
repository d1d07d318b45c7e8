// Backups: a consistent snapshot taken while the server ingests, restored into a data folder where every
// interview is found; the newest N kept; a schedule; and `npm run backup` itself.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { backupDatabase, backupFileName, listBackups } from '#server/backup/backup.ts';
import { restoreBackup } from '#server/backup/restore.ts';
import { scheduleBackups, type Timers } from '#server/backup/schedule.ts';
import { databaseFile } from '#server/config.ts';
import { openDatabase } from '#server/db/open.ts';
import { startServer } from '#server/serve.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

const ids = (db: Database.Database) => db.prepare('SELECT id FROM interviews ORDER BY id').pluck().all() as string[];

async function runningServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'phieu-backup-'));
  const server = await startServer({ dataDir, port: 0, demo: true, staticDir: null, log: false });
  const json = { 'content-type': 'application/json' };
  const signIn = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORDS.admin }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const deviceId = randomUUID();
  const { token } = await (await fetch(`${server.url}/api/devices`, { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ deviceId }) })).json() as { token: string };
  const accountId = (server.db.prepare("SELECT id FROM accounts WHERE username = 'admin'").pluck().get() as number);
  const send = async (interviews: unknown[]) => {
    const response = await fetch(`${server.url}/api/sync/batches`, {
      method: 'POST', headers: { ...json, authorization: `Bearer ${token}` },
      body: JSON.stringify({ protocol: 1, batchId: randomUUID(), deviceId, sentAt: new Date().toISOString(), interviews }),
    });
    expect(response.status).toBe(200);
  };
  return { dataDir, server, deviceId, accountId, send };
}

describe('backups', { timeout: 30_000 }, () => {
  it('snapshots the live database while batches arrive, and a restored backup holds every interview', async () => {
    const { dataDir, server, deviceId, accountId, send } = await runningServer();
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 400, unitNos: ['01', '05', '21'], seed: 80, accountId, deviceId });
    // A second connection, as `npm run backup` opens it, while the server keeps writing through its own.
    const reader = new Database(databaseFile(dataDir));
    const backupDir = join(dataDir, 'backups');
    let taking: ReturnType<typeof backupDatabase> | undefined;
    for (let n = 0; n < 20; n++) {
      await send(interviews.slice(n * 20, n * 20 + 20));
      if (n === 4) taking = backupDatabase(reader, backupDir, { keep: 10, now: Date.parse('2026-05-28T10:00:00Z') });
    }
    const during = await taking!;
    const after = await backupDatabase(reader, backupDir, { keep: 10, now: Date.parse('2026-05-28T10:30:00Z') });
    reader.close();

    // The mid-stream snapshot is consistent: whole batches only, and it passes SQLite's integrity check.
    const mid = new Database(during.file, { readonly: true });
    expect(mid.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ids(mid).length).toBeGreaterThanOrEqual(100);
    expect(ids(mid).length % 20).toBe(0);
    mid.close();

    await server.close();
    const restoredDir = mkdtempSync(join(tmpdir(), 'phieu-restored-'));
    writeFileSync(databaseFile(restoredDir), 'an older database');
    const { moved } = await restoreBackup(after.file, restoredDir, Date.parse('2026-05-29T08:00:00Z'));
    expect(moved).toHaveLength(1);
    const restored = openDatabase(databaseFile(restoredDir));
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ids(restored)).toEqual(interviews.map((i) => i.id).sort());
    restored.close();
  }, 60_000);

  it('keeps only the newest N backups, named in Vietnam time so they sort in order', async () => {
    const db = openDatabase(':memory:');
    const dir = mkdtempSync(join(tmpdir(), 'phieu-keep-'));
    writeFileSync(join(dir, 'notes.txt'), 'not a backup');
    const times = ['2026-05-28T01:00:00Z', '2026-05-28T02:00:00Z', '2026-05-28T03:00:00Z', '2026-05-28T04:00:00Z', '2026-05-28T05:00:00Z'];
    for (const at of times) await backupDatabase(db, dir, { keep: 3, now: Date.parse(at) });
    expect(listBackups(dir).map((f) => f.slice(dir.length + 1))).toEqual(times.slice(2).map((at) => backupFileName(Date.parse(at))));
    expect(backupFileName(Date.parse('2026-05-28T03:00:00.5Z'))).toBe('phieu-2026-05-28_10-00-00-500.sqlite');
    expect(readdirSync(dir)).toContain('notes.txt');
    expect(readdirSync(dir).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('runs on a schedule: at once, then every N minutes, carrying on after a failure', async () => {
    let tick: (() => void) | undefined;
    let interval = 0;
    const timers: Timers = { setInterval: (run, ms) => { tick = run; interval = ms; return 1; }, clearInterval: () => { tick = undefined; } };
    const runs: number[] = [];
    const errors: unknown[] = [];
    const stop = scheduleBackups(30, async () => {
      runs.push(runs.length);
      if (runs.length === 2) throw new Error('disk full');
    }, (error) => errors.push(error), timers);
    expect(interval).toBe(30 * 60_000);
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    await settle();
    for (let n = 0; n < 2; n++) { tick!(); await settle(); }
    expect(runs).toEqual([0, 1, 2]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['disk full']);
    stop();
    expect(tick).toBeUndefined();
  });

  it('`npm run backup` writes a checked copy into DATA_DIR/backups and says so in Vietnamese', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'phieu-cli-'));
    openDatabase(databaseFile(dataDir)).close();
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', ...args], {
      env: { ...process.env, PHIEU_DATA_DIR: dataDir, PHIEU_LANG: 'vi' }, encoding: 'utf8',
    });
    const result = run(['--keep', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Đã sao lưu vào .*backups\/phieu-.*\.sqlite \(\d+ KB\)\./);
    expect(listBackups(join(dataDir, 'backups'))).toHaveLength(1);
    const usage = run(['--keep', 'many']);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('npm run backup -- --every 60');
    expect(usage.stderr).toContain('--encrypt --key-file');
    expect(existsSync(join(dataDir, 'backups'))).toBe(true);
  });
});
