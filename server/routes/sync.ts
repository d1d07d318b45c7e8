// Sync uploads from registered devices (docs/sync-protocol.md). Every response of /api/sync carries the server's
// clock, errors included, and sync bodies get their own larger limit: a batch carries whole interviews.
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import { SERVER_TIME_HEADER } from '#shared/sync/messages.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { problemResponse } from '../http/problem.ts';
import { handleBatch } from '../sync/protocols.ts';

export const SYNC_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** Mounted on /api/sync/* before the app's ordinary body limit (which skips sync): time header and sync limit. */
export function syncEnvelope(deps: Deps): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: SYNC_BODY_LIMIT_BYTES,
    onError: (c) => problemResponse(c, problem('request.tooLarge', { limit: `${SYNC_BODY_LIMIT_BYTES / 1024 / 1024} MB` })),
  });
  return async (c, next) => {
    // bodyLimit hands back the problem response when the body is too large (else what `next` returned).
    const result: unknown = await limit(c, next);
    if (result instanceof Response) c.res = result;
    c.header(SERVER_TIME_HEADER, isoNow(deps.clock));
  };
}

export function syncRoutes(deps: Deps) {
  // A disabled account's device, or a revoked or expired one, may still hand in: its interviews are quarantined
  // with the reason, never lost (docs/sync-protocol.md §1.3).
  const uploader = requireRole(['enumerator', 'admin'], { via: 'device', allowDisabled: true, allowLapsedDevice: true });
  return new Hono<AppEnv>().post('/batches', uploader, async (c) => {
    const caller = callerOf(c);
    if (caller.via !== 'device') throw problem('sync.deviceRequired');
    const body = await readJson(c, z.unknown());
    return c.json(await handleBatch(deps, { account: caller.account, deviceId: caller.deviceId, lapsed: caller.lapsed }, body));
  });
}
