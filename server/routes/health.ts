// Liveness for the reverse proxy and the service manager: answers only when the database answers.
import { Hono } from 'hono';
import { isoNow } from '#shared/clock.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { APP_VERSION } from '../version.ts';

export function healthRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', (c) => {
    deps.db.prepare('SELECT 1').get();
    return c.json({ status: 'ok', version: APP_VERSION, serverTime: isoNow(deps.clock) });
  });
}
