// The caller's address, one notion for the whole server: behind the README's reverse proxy (PHIEU_TRUST_PROXY) the
// last hop of X-Forwarded-For (the one our proxy appended), otherwise the socket's own address; null when there is
// no socket (app.request in tests).
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Config } from '../config.ts';

export function clientAddress(c: Context, config: Pick<Config, 'trustProxy'>): string | null {
  if (config.trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}
