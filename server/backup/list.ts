// What the admin's backups page shows of a backups folder: name, when taken, size, encrypted or not; newest first.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { BackupSummary } from '#shared/api/audit.ts';
import { backupTakenAt, ENCRYPTED_SUFFIX, listBackups } from './backup.ts';

export function backupSummary(file: string): BackupSummary {
  const name = basename(file);
  return { name, takenAt: backupTakenAt(name), bytes: statSync(file).size, encrypted: name.endsWith(ENCRYPTED_SUFFIX) };
}

export function summarizeBackups(dir: string): BackupSummary[] {
  return listBackups(dir).reverse().map(backupSummary);
}
