// SQL of the batches screen (issue 20, item 2): batches, synced or imported from a hand-over file, newest first by
// key; one batch; and a device's last inventory beside the revisions the server holds. Receipts hold outcomes, flags
// and reasons, never answers.
import type { BatchVia } from '#shared/api/batches.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import type { BatchRow } from './batches.ts';

export type BatchListRow = Omit<BatchRow, 'receipts' | 'interviews_hash'> & { username: string; interviews: number };

const COLUMNS = `b.id, b.via, b.device_id, b.account_id, b.protocol, b.sent_at, b.clock_offset_ms, b.received_at,
  b.accepted, b.duplicate, b.updated, b.conflict, b.rejected, b.flagged, json_array_length(b.receipts) AS interviews, a.username`;

// Newest first; (received_at, id) below the previous page's last row.
type Key = string | null;
type PageParams = [number | null, number | null, Key, Key, BatchVia | null, BatchVia | null, Key, Key, Key, number];
const pageStmt = prepared<PageParams, BatchListRow>(
  `SELECT ${COLUMNS} FROM sync_batches b CROSS JOIN accounts a ON a.id = b.account_id
   WHERE (? IS NULL OR b.account_id = ?) AND (? IS NULL OR b.device_id = ?) AND (? IS NULL OR b.via = ?)
     AND (? IS NULL OR (b.received_at, b.id) < (?, ?))
   ORDER BY b.received_at DESC, b.id DESC LIMIT ?`,
);
export function listBatchPage(
  db: Db, filters: { accountId: number | null; deviceId: string | null; via: BatchVia | null }, after: [string, string] | null,
  limit: number,
): BatchListRow[] {
  const { accountId, deviceId, via } = filters;
  return pageStmt(db).all(
    accountId, accountId, deviceId, deviceId, via, via, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, limit,
  );
}

const oneStmt = prepared<[string], BatchListRow & { receipts: string }>(
  `SELECT ${COLUMNS}, b.receipts FROM sync_batches b JOIN accounts a ON a.id = b.account_id WHERE b.id = ?`,
);
export type HeldInterview = { id: string; surveySlug: string; unitNo: string; serial: string | null };
const heldSurveysStmt = prepared<[string], HeldInterview>(
  `SELECT i.id, s.slug AS surveySlug, u.no AS unitNo, i.serial FROM interviews i
   JOIN surveys s ON s.id = i.survey_id JOIN units u ON u.id = i.unit_id
   WHERE i.id IN (SELECT value FROM json_each(?))`,
);
/** Where each of these interviews the server holds (a batch's receipts) is: survey, unit and paper serial, for links to their review. */
export function listHeldSurveys(db: Db, ids: readonly string[]): HeldInterview[] {
  return heldSurveysStmt(db).all(JSON.stringify(ids));
}

export function findBatchForOffice(db: Db, id: string): (BatchListRow & { receipts: string }) | undefined {
  return oneStmt(db).get(id);
}

export type InventoryStateRow = { interview_id: string; revision: number; survey_slug: string; unit_no: string; reported_at: string; held: number | null };
const inventoryStmt = prepared<[string], InventoryStateRow>(
  `SELECT inv.interview_id, inv.revision, inv.survey_slug, inv.unit_no, inv.reported_at, i.revision AS held
   FROM device_inventory inv LEFT JOIN interviews i ON i.id = inv.interview_id
   WHERE inv.device_id = ? ORDER BY inv.survey_slug, inv.unit_no, inv.interview_id`,
);
/** The device's last inventory, each item with the revision the server holds of it. */
export function listInventoryState(db: Db, deviceId: string): InventoryStateRow[] {
  return inventoryStmt(db).all(deviceId);
}

const deviceStmt = prepared<[string], { username: string }>(
  'SELECT a.username FROM devices d JOIN accounts a ON a.id = d.account_id WHERE d.id = ?',
);
export function findDeviceOwner(db: Db, deviceId: string): string | undefined {
  return deviceStmt(db).get(deviceId)?.username;
}
