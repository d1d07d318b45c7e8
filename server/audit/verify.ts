// The whole check behind `npm run audit -- verify`: the chain row by row with the key, then every remembered end —
// the anchor beside the key, and the count and last hash each backup carries — must still be in the log.
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';
import { isBackupName, listBackups } from '../backup/backup.ts';
import { isEncryptedBackup, readEncryptedHeader } from '../backup/encrypt.ts';
import { iterateAuditRows } from '../repo/audit-log.ts';
import { readAnchor } from './anchor.ts';
import { verifyChain, type ChainBreak, type ChainEnd } from './chain.ts';

/** A remembered end and where it came from (for the message). */
export type Source = { kind: 'anchor' } | { kind: 'backup'; name: string };
export type Finding =
  | { kind: 'break'; problem: ChainBreak; source: Source | null }
  | { kind: 'noAnchor' | 'forgedAnchor'; file: string };
export type VerifyReport = { ok: boolean; count: number; backupsChecked: number; findings: Finding[]; skipped: { name: string; reason: string }[] };

/** The count and last hash a backup carries (its manifest); null for a backup older than the audit log. */
export function backupEnd(file: string): ChainEnd | null {
  if (isEncryptedBackup(file)) return readEncryptedHeader(file).manifest.audit;
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasManifest = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'backup_manifest'").get();
    if (!hasManifest) return null;
    const row = copy.prepare<[], { count: number | null; lastHash: string | null }>(
      'SELECT audit_count AS count, audit_last_hash AS lastHash FROM backup_manifest LIMIT 1',
    ).get();
    return row && row.count !== null && row.lastHash !== null ? { count: row.count, lastHash: row.lastHash } : null;
  } finally {
    copy.close();
  }
}

export function verifyAuditLog(db: Db, key: Buffer, options: { anchorFile: string; backupsDir: string | null }): VerifyReport {
  const findings: Finding[] = [];
  const skipped: VerifyReport['skipped'] = [];
  const remembered: { end: ChainEnd; source: Source }[] = [];
  const anchor = readAnchor(key, options.anchorFile);
  if (anchor.ok) remembered.push({ end: anchor.end, source: { kind: 'anchor' } });
  else findings.push({ kind: anchor.reason === 'missing' ? 'noAnchor' : 'forgedAnchor', file: options.anchorFile });
  let backupsChecked = 0;
  for (const file of options.backupsDir ? listBackups(options.backupsDir) : []) {
    const name = basename(file);
    if (!isBackupName(name)) continue;
    try {
      const end = backupEnd(file);
      if (end) { remembered.push({ end, source: { kind: 'backup', name } }); backupsChecked += 1; }
    } catch (error) {
      skipped.push({ name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const report = verifyChain(key, iterateAuditRows(db), remembered.map((r) => r.end));
  for (const problem of report.breaks) {
    const expected = problem.kind === 'truncated' || problem.kind === 'mismatch' ? problem.expected : null;
    const source = expected ? remembered.find((r) => r.end === expected)?.source ?? null : null;
    findings.push({ kind: 'break', problem, source });
  }
  return { ok: findings.length === 0, count: report.end.count, backupsChecked, findings, skipped };
}
