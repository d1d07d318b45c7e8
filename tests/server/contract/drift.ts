// The routes a Hono app really serves under /api, and how they differ from the registry's keys: a pure comparison,
// so a test can show that a route served without an entry (or an entry no longer served) is reported.
import type { Hono } from 'hono';
import { inspectRoutes } from 'hono/dev';

/** `METHOD path` of every handler under /api; middleware (Hono's own test: a function of (c, next)) left out. */
export function servedRoutes(app: Pick<Hono, 'routes'>): string[] {
  const keys = inspectRoutes(app as Hono).filter((route) => !route.isMiddleware && route.path.startsWith('/api'))
    .map((route) => `${route.method} ${route.path}`);
  return [...new Set(keys)];
}

export type Drift = { unregistered: string[]; unserved: string[] };

export function routeDrift(served: readonly string[], registered: readonly string[]): Drift {
  return {
    unregistered: served.filter((key) => !registered.includes(key)),
    unserved: registered.filter((key) => !served.includes(key)),
  };
}
