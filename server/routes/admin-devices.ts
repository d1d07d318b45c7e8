// The admin's device list: every account's devices (label, registered, last seen, last sync, unsynced count from
// the last inventory), and revoking one. A revoked device can still hand in finished interviews, to quarantine.
import { Hono } from 'hono';
import { DeviceListQuerySchema, type DeviceListResponse, type DeviceSummary } from '#shared/api/devices.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { DEFAULT_DEVICE_TOKEN_DAYS } from '../config.ts';
import { requireRole, tokenLapse } from '../http/auth.ts';
import { readQuery } from '../http/query.ts';
import { findDeviceForOffice, listDevicesForOffice, type DeviceListRow } from '../repo/device-list.ts';
import { revokeDevice } from '../repo/devices.ts';

export function adminDeviceRoutes(deps: Deps) {
  const tokenDays = deps.config.deviceTokenDays ?? DEFAULT_DEVICE_TOKEN_DAYS;
  const summary = (row: DeviceListRow): DeviceSummary => {
    const lapse = tokenLapse({ revokedAt: row.revoked_at, lastSeenAt: row.last_seen_at, registeredAt: row.registered_at }, deps.clock.now(), tokenDays);
    return {
      id: row.id, accountId: row.account_id, username: row.username, displayName: row.display_name, label: row.label,
      registeredAt: row.registered_at, lastSeenAt: row.last_seen_at, lastSyncAt: row.last_sync_at, unsynced: row.unsynced,
      inventoryAt: row.inventory_at, revokedAt: row.revoked_at, state: lapse ?? 'active',
    };
  };

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => {
      const { account } = readQuery(c, DeviceListQuerySchema);
      const devices = listDevicesForOffice(deps.db, account === undefined ? null : Number(account)).map(summary);
      return c.json({ devices, tokenDays } satisfies DeviceListResponse);
    })
    .post('/:id/revoke', (c) => {
      const id = c.req.param('id');
      const device = deps.db.transaction(() => {
        const before = findDeviceForOffice(deps.db, id);
        if (!before) throw problem('device.notFound');
        if (revokeDevice(deps.db, id, isoNow(deps.clock))) {
          recordAudit(deps, c, {
            action: 'device.revoke', target: `device:${id}`,
            before: { account: before.username, label: before.label, revokedAt: null },
            after: { account: before.username, label: before.label, revokedAt: isoNow(deps.clock) },
          });
        }
        return findDeviceForOffice(deps.db, id);
      })();
      if (!device) throw problem('device.notFound');
      return c.json({ device: summary(device) });
    });
}
