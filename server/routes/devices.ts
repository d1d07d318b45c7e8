// Sync devices: registered from a signed-in web session, then they sync with their own bearer token.
import { Hono } from 'hono';
import { RegisterDeviceRequestSchema, type RegisterDeviceResponse } from '#shared/api/auth.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { findDeviceById, revokeDevice, upsertDevice } from '../repo/devices.ts';

/** Only accounts that sync hold device tokens: a unit board reads dashboards in a browser session. */
export const SYNCING_ROLES = ['enumerator', 'admin'] as const;

export function deviceRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    // A device token is only ever handed out to a person who just proved their password (a session).
    .post('/', requireRole(SYNCING_ROLES), async (c) => {
      const caller = callerOf(c);
      const body = await readJson(c, RegisterDeviceRequestSchema);
      // Registering a known id of this account again (a re-install, a new sign-in) replaces its token, so the
      // previous token stops working; another account's id is refused, never taken over.
      const token = newToken();
      const now = isoNow(deps.clock);
      const registered = upsertDevice(deps.db, {
        id: body.deviceId, accountId: caller.account.id, label: body.label,
        publicKey: body.publicKey, tokenHash: hashToken(token), at: now,
      });
      if (!registered) throw problem('device.taken');
      const response: RegisterDeviceResponse = { deviceId: body.deviceId, token, serverTime: now };
      return c.json(response, 201);
    })
    .post('/:id/revoke', requireRole(SYNCING_ROLES, { via: 'any' }), (c) => {
      const caller = callerOf(c);
      const device = findDeviceById(deps.db, c.req.param('id'));
      // Someone else's device is "not found", not "forbidden": the error tells nothing about it.
      if (!device || (device.accountId !== caller.account.id && caller.account.role !== 'admin')) {
        throw problem('device.notFound');
      }
      deps.db.transaction(() => {
        if (revokeDevice(deps.db, device.id, isoNow(deps.clock))) {
          recordAudit(deps, c, { action: 'device.revoke', target: `device:${device.id}`, after: { accountId: device.accountId } });
        }
      })();
      return c.body(null, 204);
    });
}
