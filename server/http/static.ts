// Serves the built client from the same origin as the API: hashed assets cached for a year, the app shell
// and service worker always revalidated, and every unknown page path answered with index.html (client routing).
// With no build in the folder (a fresh clone before `npm run build`), pages answer 503 saying so; the API works.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { en } from '#shared/i18n/en/index.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import type { AppEnv } from '../deps.ts';

/** Checked on every request, so a build made while the server runs is served without a restart. */
function isClientBuilt(staticDir: string): boolean {
  return existsSync(join(staticDir, 'index.html'));
}

/** The start-up log's line when there is no build to serve, or null when there is one. */
export function missingClientNotice(staticDir: string, dictionary: Dictionary): string | null {
  return isClientBuilt(staticDir) ? null : translate(dictionary, 'cli.noClient', { dir: staticDir });
}

/** Vietnamese first, English below: the person who sees it set the server up, in either language. */
function notBuiltPage(): string {
  const part = (lang: string, words: Dictionary) =>
    `<section lang="${lang}"><h1>${translate(words, 'cli.noClientTitle')}</h1><p>${translate(words, 'cli.noClientPage')}</p></section>`;
  return '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    + `<title>Phiếu — ${translate(vi, 'cli.noClientTitle')}</title>`
    + '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}</style>'
    + `</head><body>${part('vi', vi)}<hr>${part('en', en)}</body></html>`;
}

export function serveClient(staticDir: string) {
  const indexFile = join(staticDir, 'index.html');
  const app = new Hono<AppEnv>();
  // Build metadata (.vite/manifest.json) and any other dot-path is not part of the app.
  app.use('*', async (c, next) => {
    if (c.req.path.split('/').some((segment) => segment.startsWith('.'))) return c.notFound();
    await next();
  });
  app.use('*', async (c, next) => {
    if (isClientBuilt(staticDir)) return next();
    c.header('Cache-Control', 'no-store');
    return c.html(notBuiltPage(), 503);
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.ok) return;
    const hashed = c.req.path.startsWith('/assets/');
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  // Made at the first request with a build: made before, it warns that its folder is missing.
  let files: MiddlewareHandler<AppEnv> | undefined;
  app.use((c, next) => (files ??= serveStatic({ root: staticDir }))(c, next));
  // The online respondent's page: its own small entry (decision 0021), for every link token.
  app.get('/r/:token', (c) => c.html(readFileSync(join(staticDir, 'respondent.html'), 'utf8')));
  app.get('*', (c) => {
    // Paths with a file extension are missing files, not pages.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound();
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}
