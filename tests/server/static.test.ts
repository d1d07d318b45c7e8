// The built client is served from the same origin as the API, with client routing and sane caching; with no
// build yet, pages say so (503) and the API still answers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '#shared/i18n/vi/index.ts';
import { missingClientNotice } from '#server/http/static.ts';
import { testApp } from './support/test-app.ts';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phieu-dist-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Phiếu</title><div id="app"></div>');
  writeFileSync(join(dir, 'respondent.html'), '<!doctype html><title>Phiếu khảo sát</title><main id="root"></main>');
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

  it('answers an online link (/r/<token>) with the respondent\'s page, not the app shell', async () => {
    const t = await testApp({ staticDir: fakeBuild() });
    const response = await t.request('/r/AbCdEfGhIjKlMnOpQrStUv');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<main id="root">');
    expect(response.headers.get('cache-control')).toBe('no-cache');
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

describe('serving the client before it is built', () => {
  const emptyDir = () => mkdtempSync(join(tmpdir(), 'phieu-no-dist-'));

  it('answers every page path with 503 and a page saying, in Vietnamese then English, how to build it', async () => {
    const t = await testApp({ staticDir: emptyDir() });
    for (const path of ['/', '/sign-in', '/admin/accounts', '/assets/main-abc123.js']) {
      const response = await t.request(path);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      expect(page).toContain('<html lang="vi">');
      expect(page).toContain('Giao diện web chưa được dựng');
      expect(page).toContain('The web client is not built');
      expect(page.match(/npm run build/g)).toHaveLength(2);
    }
  });

  it('keeps the API working', async () => {
    const t = await testApp({ staticDir: join(emptyDir(), 'dist') });
    const response = await t.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('serves the build as soon as it appears, without a restart', async () => {
    const dir = emptyDir();
    const t = await testApp({ staticDir: dir });
    expect((await t.request('/')).status).toBe(503);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="app"></div>');
    expect((await t.request('/')).status).toBe(200);
  });

  it('says so in the start-up log, naming the folder; nothing when the build is there', () => {
    const dir = join(emptyDir(), 'dist');
    expect(missingClientNotice(dir, vi)).toBe(`Chưa có bản dựng giao diện web ở ${dir}: các trang trả lời 503, API vẫn chạy. `
      + 'Chạy npm run build (không cần khởi động lại máy chủ), hoặc đặt PHIEU_STATIC_DIR là thư mục của một bản dựng.');
    expect(missingClientNotice(fakeBuild(), vi)).toBeNull();
  });
});
