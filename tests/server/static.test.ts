// The built client is served from the same origin as the API, with client routing and sane caching.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from './support/test-app.ts';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phieu-dist-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Phiếu</title><div id="app"></div>');
  writeFileSync(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  return dir;
}

describe('serving the client', () => {
  it('answers page paths with the app shell, revalidated on every visit', async () => {
    const t = await testApp({ staticDir: fakeBuild() });
    for (const path of ['/', '/sign-in', '/admin/accounts']) {
      const response = await t.request(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year and 404s missing files', async () => {
    const t = await testApp({ staticDir: fakeBuild() });
    const asset = await t.request('/assets/main-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await t.request('/assets/missing-000.js')).status).toBe(404);
  });

  it('does not serve build metadata or other dot-paths', async () => {
    const t = await testApp({ staticDir: fakeBuild() });
    expect((await t.request('/.vite/manifest.json')).status).toBe(404);
  });

  it('keeps API misses as coded problems, not the app shell', async () => {
    const t = await testApp({ staticDir: fakeBuild() });
    const response = await t.request('/api/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ problem: { code: 'route.notFound' } });
  });
});
