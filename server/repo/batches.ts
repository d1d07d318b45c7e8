// SQL for sync batches: each stored batch keeps its receipts, so a resent batch is answered from here, and how it came
// (`via`: the device's sync, or a hand-over file an admin imported through the same ingest).
import type { BatchVia } from '#shared/api/batches.ts';
import type { ReceiptItem } from '#shared/interview/receipt.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type BatchRow = {
  id: string; via: BatchVia; device_id: string; account_id: number; protocol: number; interviews_hash: string;
  sent_at: string; clock_offset_ms: number; received_at: string; accepted: number; duplicate: number; updated: number;
  conflict: number; rejected: number; flagged: number; receipts: string;
};

const byIdStmt = prepared<[string], BatchRow>('SELECT * FROM sync_batches WHERE id = ?');
export function findBatch(db: Db, batchId: string): BatchRow | undefined {
  return byIdStmt(db).get(batchId);
}

export type NewBatch = {
  id: string; via: BatchVia; deviceId: string; accountId: number; protocol: number; interviewsHash: string; sentAt: string;
  clockOffsetMs: number; receivedAt: string; receipts: readonly ReceiptItem[];
};

const insertStmt = prepared<unknown[]>(
  `INSERT INTO sync_batches (id, via, device_id, account_id, protocol, interviews_hash, sent_at, clock_offset_ms, received_at,
     accepted, duplicate, updated, conflict, rejected, flagged, receipts)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
export function insertBatch(db: Db, batch: NewBatch): void {
  const count = (outcome: ReceiptItem['outcome']) => batch.receipts.filter((r) => r.outcome === outcome).length;
  insertStmt(db).run(
    batch.id, batch.via, batch.deviceId, batch.accountId, batch.protocol, batch.interviewsHash, batch.sentAt, batch.clockOffsetMs,
    batch.receivedAt, count('accepted'), count('duplicate'), count('updated'), count('conflict'), count('rejected'),
    batch.receipts.filter((r) => r.flags.length > 0).length, JSON.stringify(batch.receipts),
  );
}
