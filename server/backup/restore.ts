// Puts a backup back as the live database. The server must be stopped. The current database files (with their
// WAL, which may hold the last commits) are moved aside, never deleted, so a restore can itself be undone.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { databaseFile } from '../config.ts';
import { backupFileName } from './backup.ts';

/** Returns where the previous database files were moved (empty when there were none). */
export function restoreBackup(backupFile: string, dataDir: string, now: number): string[] {
  const check = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`${backupFile} failed its check: ${String(result)}`);
  } finally {
    check.close();
  }
  const live = databaseFile(dataDir);
  const aside = `${live}.before-restore-${backupFileName(now).replace(/^phieu-|\.sqlite$/g, '')}`;
  const moved: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(live + suffix)) continue;
    renameSync(live + suffix, aside + suffix);
    moved.push(aside + suffix);
  }
  copyFileSync(backupFile, live);
  return moved;
}
