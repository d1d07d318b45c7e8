// Consistent snapshots of the live database with SQLite's online backup (better-sqlite3 `db.backup`): safe while
// the server writes, each checked before it counts, and only the newest N kept.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';

const BACKUP_NAME = /^phieu-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{3}\.sqlite$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh has no daylight saving time

/** phieu-2026-05-28_15-04-05-123.sqlite, in Vietnam's time: names sort in the order they were taken. */
export function backupFileName(epochMs: number): string {
  const stamp = new Date(epochMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 23).replace('T', '_').replace(/[:.]/g, '-');
  return `phieu-${stamp}.sqlite`;
}

/** The backups in `dir`, oldest first. */
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

export type BackupResult = { file: string; bytes: number; pruned: string[] };

/**
 * Copies the database into `dir`. The copy is written under a temporary name, switched to a single-file
 * journal (so it can be carried on a USB stick alone), checked, and only then given its backup name.
 */
export async function backupDatabase(db: Db, dir: string, options: { keep: number; now: number }): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupFileName(options.now));
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, bytes: statSync(file).size, pruned: pruneBackups(dir, options.keep) };
}
