// Puts a backup back as the live database. The server must be stopped. An encrypted backup is decrypted first and
// refused, with nothing changed, when the key is wrong or a byte was edited. The current database files (with their
// WAL, which may hold the last commits) are moved aside, never deleted, so a restore can itself be undone.
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { databaseFile } from '../config.ts';
import { backupFileName } from './backup.ts';
import { BackupError } from './backup-error.ts';
import { decryptFile, isEncryptedBackup } from './encrypt.ts';

export type RestoreResult = { moved: string[]; encrypted: boolean };

function check(file: string, shownAs: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new BackupError('backup.damaged', { file: shownAs });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('backup.damaged', { file: shownAs });
  } finally {
    db?.close();
  }
}

export async function restoreBackup(backupFile: string, dataDir: string, now: number, key: Buffer | null = null): Promise<RestoreResult> {
  if (!existsSync(backupFile)) throw new BackupError('backup.fileMissing', { file: backupFile });
  const live = databaseFile(dataDir);
  const encrypted = isEncryptedBackup(backupFile);
  const incoming = `${live}.restoring`;
  rmSync(incoming, { force: true });
  try {
    if (encrypted) {
      if (!key) throw new BackupError('backup.keyNeeded', { file: backupFile });
      await decryptFile(backupFile, incoming, key);
    } else {
      copyFileSync(backupFile, incoming);
    }
    chmodSync(incoming, 0o600);
    check(incoming, backupFile);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  const aside = `${live}.before-restore-${backupFileName(now).replace(/^phieu-|\.sqlite$/g, '')}`;
  const moved: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(live + suffix)) continue;
    renameSync(live + suffix, aside + suffix);
    moved.push(aside + suffix);
  }
  renameSync(incoming, live);
  return { moved, encrypted };
}
