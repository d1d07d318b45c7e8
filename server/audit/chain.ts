// The audit log's hash chain: each row's HMAC-SHA-256 covers its own stored content and the previous row's hash,
// so a row cannot be edited, inserted or removed without recomputing every hash after it — which needs the key,
// kept outside the data folder. Verification walks the rows in order and says where the chain first breaks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditRow } from '../repo/audit-log.ts';

/** The hash before the first row. */
export const GENESIS = '';

export function hashAuditRow(key: Buffer, previousHash: string, row: Omit<AuditRow, 'hash'>): string {
  const content = JSON.stringify([
    row.seq, row.at, row.actorId, row.actor, row.address, row.action, row.target, row.before, row.after,
  ]);
  return createHmac('sha256', key).update(previousHash).update('\n').update(content).digest('hex');
}

/** Where the chain ends: how many rows, and the last row's hash (what anchors and backups remember). */
export type ChainEnd = { count: number; lastHash: string };

export type ChainBreak =
  /** The row's hash does not match its content and the hash before it: edited, inserted, or signed with another key. */
  | { kind: 'edited'; seq: number }
  /** Rows are missing before `seq` (the numbers jump). */
  | { kind: 'removed'; seq: number }
  /** A remembered end (anchor or backup) lies beyond the log's last row, or names another row there. */
  | { kind: 'truncated'; expected: ChainEnd; found: ChainEnd }
  | { kind: 'mismatch'; expected: ChainEnd; foundHash: string };

export type ChainReport = { end: ChainEnd; breaks: ChainBreak[] };

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Walks the rows in seq order and checks every link; then each remembered end: the log must still hold a row at
 * that count with that hash (rows appended since are fine). Only the first break of each kind matters to a person,
 * but all are listed (at most `limit`).
 */
export function verifyChain(key: Buffer, rows: Iterable<AuditRow>, remembered: ChainEnd[] = [], limit = 20): ChainReport {
  const breaks: ChainBreak[] = [];
  const hashAt = new Map<number, string>();
  const wanted = new Set(remembered.map((end) => end.count));
  let previous = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (const row of rows) {
    if (row.seq !== expectedSeq && breaks.length < limit) breaks.push({ kind: 'removed', seq: row.seq });
    if (!sameHash(hashAuditRow(key, previous, row), row.hash) && breaks.length < limit) breaks.push({ kind: 'edited', seq: row.seq });
    if (wanted.has(row.seq)) hashAt.set(row.seq, row.hash);
    previous = row.hash;
    expectedSeq = row.seq + 1;
    count += 1;
  }
  const end: ChainEnd = { count, lastHash: previous };
  for (const expected of remembered) {
    if (expected.count === 0) continue;
    const found = hashAt.get(expected.count);
    if (found === undefined) breaks.push({ kind: 'truncated', expected, found: end });
    else if (!sameHash(found, expected.lastHash)) breaks.push({ kind: 'mismatch', expected, foundHash: found });
  }
  return { end, breaks };
}
