// SQL for the admin's device list: each device with its account, its last sync, and how many finished interviews
// its last inventory holds that the server does not (yet) have at that revision.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type DeviceListRow = {
  id: string; account_id: number; username: string; display_name: string; label: string; registered_at: string;
  last_seen_at: string | null; revoked_at: string | null; last_sync_at: string | null; unsynced: number;
  inventory_at: string | null;
};

// The same "waiting" rule as the quota dashboard's (repo/inventory.ts): an item waits while the server does not
// hold its interview at (at least) the reported revision.
const listStmt = prepared<[{ account: number | null; device: string | null }], DeviceListRow>(
  `SELECT d.id, d.account_id, a.username, a.display_name, d.label, d.registered_at, d.last_seen_at, d.revoked_at,
     (SELECT max(b.received_at) FROM sync_batches b WHERE b.device_id = d.id) AS last_sync_at,
     (SELECT count(*) FROM device_inventory inv WHERE inv.device_id = d.id
        AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.id = inv.interview_id AND i.revision >= inv.revision)) AS unsynced,
     (SELECT max(inv.reported_at) FROM device_inventory inv WHERE inv.device_id = d.id) AS inventory_at
   FROM devices d JOIN accounts a ON a.id = d.account_id
   WHERE (@account IS NULL OR d.account_id = @account) AND (@device IS NULL OR d.id = @device)
   ORDER BY a.username, d.registered_at`,
);
export function listDevicesForOffice(db: Db, accountId: number | null): DeviceListRow[] {
  return listStmt(db).all({ account: accountId, device: null });
}

export function findDeviceForOffice(db: Db, id: string): DeviceListRow | undefined {
  return listStmt(db).get({ account: null, device: id });
}
