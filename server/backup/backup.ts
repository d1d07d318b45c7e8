// Consistent snapshots of the live database with SQLite's online backup (better-sqlite3 `db.backup`): safe while
// the server writes, each checked before it counts, readable by its owner only (0600), encrypted when a key is
// given, and only the newest N kept. Each carries the audit log's count and last hash at the time it was taken.
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';
import { encryptFile, type BackupManifest } from './encrypt.ts';

const BACKUP_NAME = /^phieu-(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})-(\d{3})\.sqlite(\.enc)?$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh has no daylight saving time
export const ENCRYPTED_SUFFIX = '.enc';

/** phieu-2026-05-28_15-04-05-123.sqlite, in Vietnam's time: names sort in the order they were taken. */
export function backupFileName(epochMs: number): string {
  const stamp = new Date(epochMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 23).replace('T', '_').replace(/[:.]/g, '-');
  return `phieu-${stamp}.sqlite`;
}

/** Whether `name` is a backup's file name (the admin page's download accepts nothing else: no paths). */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** When a backup was taken, read back from its name (ISO, UTC). */
export function backupTakenAt(name: string): string | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d, h, mi, s, ms) - VIETNAM_OFFSET_MS).toISOString();
}

/** The backups in `dir`, oldest first (plain and encrypted alike). */
export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => BACKUP_NAME.test(name)).sort().map((name) => join(dir, name));
}

/** Deletes all but the newest `keep` backups; returns the files deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const backups = listBackups(dir);
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const file of old) rmSync(file, { force: true });
  return old;
}

export type BackupResult = { file: string; bytes: number; pruned: string[]; encrypted: boolean; manifest: BackupManifest };
export type BackupOptions = { keep: number; now: number; encryptKey?: Buffer | null };

/** Writes the manifest into the copy (a table of its own) and returns it: the copy's own audit log is the truth. */
function writeManifest(copy: Database.Database, takenAt: string): BackupManifest {
  const hasLog = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
  const last = hasLog
    ? copy.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get()
    : undefined;
  const manifest: BackupManifest = { takenAt, audit: hasLog ? { count: last?.seq ?? 0, lastHash: last?.hash ?? '' } : null };
  copy.exec(`DROP TABLE IF EXISTS backup_manifest;
    CREATE TABLE backup_manifest (taken_at TEXT NOT NULL, audit_count INTEGER, audit_last_hash TEXT)`);
  copy.prepare('INSERT INTO backup_manifest VALUES (?, ?, ?)').run(takenAt, manifest.audit?.count ?? null, manifest.audit?.lastHash ?? null);
  return manifest;
}

/**
 * Copies the database into `dir`. The copy is written under a temporary name made 0600 before any byte goes in,
 * switched to a single-file journal (so it can be carried on a USB stick alone), given its manifest, checked,
 * encrypted when asked (the clear copy then deleted), and only then given its backup name.
 */
export async function backupDatabase(db: Db, dir: string, options: BackupOptions): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const plain = join(dir, backupFileName(options.now));
  const file = options.encryptKey ? `${plain}${ENCRYPTED_SUFFIX}` : plain;
  const partial = `${plain}.partial`;
  const encrypting = `${file}.partial-enc`;
  try {
    writeFileSync(partial, '', { mode: 0o600 });
    chmodSync(partial, 0o600);
    await db.backup(partial);
    const copy = new Database(partial);
    let manifest: BackupManifest;
    try {
      copy.pragma('journal_mode = DELETE');
      manifest = writeManifest(copy, new Date(options.now).toISOString());
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    if (options.encryptKey) {
      await encryptFile(partial, encrypting, options.encryptKey, manifest);
      renameSync(encrypting, file);
      rmSync(partial, { force: true });
    } else {
      renameSync(partial, file);
    }
    chmodSync(file, 0o600);
    return { file, bytes: statSync(file).size, pruned: pruneBackups(dir, options.keep), encrypted: Boolean(options.encryptKey), manifest };
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(encrypting, { force: true });
    throw error;
  }
}
