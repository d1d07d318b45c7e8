// The anchor: the audit log's count and last hash kept in a small file beside the key, outside the data folder.
// Someone who can change the data folder but not the key's folder can delete the log's last rows and leave a
// perfect chain; the anchor still names a row that is no longer there. It is signed with the key (HMAC) too, so a
// copy moved in from elsewhere is refused. It is written after the append commits, from what the database holds.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../db/open.ts';
import { auditHashAt, lastAuditLink } from '../repo/audit-log.ts';
import type { ChainEnd } from './chain.ts';

type AnchorFile = ChainEnd & { mac: string };

function macOf(key: Buffer, end: ChainEnd): string {
  return createHmac('sha256', key).update(`phieu-audit-anchor\n${end.count}\n${end.lastHash}`).digest('hex');
}

export type AnchorRead = { ok: true; end: ChainEnd } | { ok: false; reason: 'missing' | 'forged' };

export function readAnchor(key: Buffer, file: string): AnchorRead {
  let parsed: Partial<AnchorFile>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<AnchorFile>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'missing' };
    return { ok: false, reason: 'forged' };
  }
  const { count, lastHash, mac } = parsed;
  if (typeof count !== 'number' || typeof lastHash !== 'string' || typeof mac !== 'string') return { ok: false, reason: 'forged' };
  const expected = Buffer.from(macOf(key, { count, lastHash }));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  return { ok: true, end: { count, lastHash } };
}

function writeAnchorFile(key: Buffer, file: string, end: ChainEnd): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  writeFileSync(partial, `${JSON.stringify({ ...end, mac: macOf(key, end) })}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

/** `refused`: the log no longer holds the anchored row; `forged`: the anchor is not signed with this key (edited, or
 * left from another key). Both leave the file as it is, as evidence, for a person to look at. */
export type AnchorUpdate = 'written' | 'unchanged' | 'refused' | 'forged';

/**
 * Moves the anchor to the database's last committed row. Refused (the file left as it is, the evidence kept) when
 * the database no longer holds the row the anchor names: rows were cut off or rewritten behind the app's back.
 * `force` is for a restore, which really does put an older log back (and records that it did).
 */
export function updateAnchor(db: Db, key: Buffer, file: string, options: { force?: boolean } = {}): AnchorUpdate {
  const last = lastAuditLink(db);
  const end: ChainEnd = { count: last?.seq ?? 0, lastHash: last?.hash ?? '' };
  const current = readAnchor(key, file);
  if (!current.ok && current.reason === 'forged' && !options.force) return 'forged';
  if (current.ok && !options.force) {
    if (current.end.count > 0 && auditHashAt(db, current.end.count) !== current.end.lastHash) return 'refused';
    if (current.end.count === end.count) return 'unchanged';
  }
  writeAnchorFile(key, file, end);
  return 'written';
}
