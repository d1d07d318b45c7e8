// SQL for the devices' inventories: the finished interviews each device last reported holding, and from them
// the "waiting on devices" figure of each unit (read by the quota dashboard).
import type { InventoryItem } from '#shared/sync/messages.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

const clearStmt = prepared<[string]>('DELETE FROM device_inventory WHERE device_id = ?');
const insertStmt = prepared<[string, string, number, string, string, string]>(
  `INSERT OR REPLACE INTO device_inventory (device_id, interview_id, revision, survey_slug, unit_no, reported_at)
   VALUES (?, ?, ?, ?, ?, ?)`,
);

/** The new inventory replaces the device's previous one. Call inside the caller's transaction. */
export function replaceInventory(db: Db, deviceId: string, items: readonly InventoryItem[], at: string): void {
  clearStmt(db).run(deviceId);
  const insert = insertStmt(db);
  for (const item of items) insert.run(deviceId, item.id, item.revision, item.surveySlug, item.unitNo, at);
}

// An item waits while the server does not hold its interview at (at least) that revision. An interview
// reported by two devices (a re-install) counts once.
const waitingStmt = prepared<[number], { unitNo: string; waiting: number }>(
  `SELECT u.no AS unitNo, count(DISTINCT inv.interview_id) AS waiting
   FROM units u
   JOIN surveys s ON s.id = u.survey_id
   LEFT JOIN device_inventory inv ON inv.survey_slug = s.slug AND inv.unit_no = u.no
     AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.id = inv.interview_id AND i.revision >= inv.revision)
   WHERE u.survey_id = ?
   GROUP BY u.id ORDER BY u.no`,
);
export function countWaitingByUnit(db: Db, surveyId: number): { unitNo: string; waiting: number }[] {
  return waitingStmt(db).all(surveyId);
}
