// Sync devices: registered from a signed-in web session, then they sync with their own bearer token.
import { Hono } from 'hono';
import { RegisterDeviceRequestSchema, type RegisterDeviceResponse } from '#shared/api/auth.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ANY_ROLE, callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { findDeviceById, revokeDevice, upsertDevice } from '../repo/devices.ts';

export function deviceRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .post('/', requireRole(ANY_ROLE), async (c) => {
      const caller = callerOf(c);
      // A device token is only ever handed out to a person who just proved their password (a session).
      if (caller.via !== 'session') throw problem('auth.forbidden');
      const body = await readJson(c, RegisterDeviceRequestSchema);
      // Registering a known id again (a shared laptop, a new clerk) moves it to this account and
      // replaces its token, so the previous token stops working.
      const token = newToken();
      const now = isoNow(deps.clock);
      upsertDevice(deps.db, {
        id: body.deviceId, accountId: caller.account.id, label: body.label,
        publicKey: body.publicKey, tokenHash: hashToken(token), at: now,
      });
      const response: RegisterDeviceResponse = { deviceId: body.deviceId, token, serverTime: now };
      return c.json(response, 201);
    })
    .post('/:id/revoke', requireRole(ANY_ROLE), (c) => {
      const caller = callerOf(c);
      const device = findDeviceById(deps.db, c.req.param('id'));
      // Someone else's device is "not found", not "forbidden": the error tells nothing about it.
      if (!device || (device.accountId !== caller.account.id && caller.account.role !== 'admin')) {
        throw problem('device.notFound');
      }
      revokeDevice(deps.db, device.id, isoNow(deps.clock));
      return c.body(null, 204);
    });
}
