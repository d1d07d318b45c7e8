// Serves the built client from the same origin as the API: hashed assets cached for a year, the app shell
// and service worker always revalidated, and every unknown page path answered with index.html (client routing).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from '../deps.ts';

export function serveClient(staticDir: string) {
  const indexFile = join(staticDir, 'index.html');
  const app = new Hono<AppEnv>();
  // Build metadata (.vite/manifest.json) and any other dot-path is not part of the app.
  app.use('*', async (c, next) => {
    if (c.req.path.split('/').some((segment) => segment.startsWith('.'))) return c.notFound();
    await next();
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.ok) return;
    const hashed = c.req.path.startsWith('/assets/');
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  app.use('*', serveStatic({ root: staticDir }));
  app.get('*', (c) => {
    // Paths with a file extension are missing files, not pages.
    if (/\.[a-z0-9]+$/i.test(c.req.path) || !existsSync(indexFile)) return c.notFound();
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}
