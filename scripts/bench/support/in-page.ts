// The frame of a bench that runs in headless Chromium on its real IndexedDB: its page code (a virtual entry that
// sets `window.bench`) is bundled on its own with vite, served with the chunks it loads through request
// interception, and `window.bench(...args)` is awaited in the page. A helper, not a bench (kept out of scripts/bench/).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { launchBrowser } from '../../../tests/e2e/support/browser.ts';

/** The repository's root, for the page code's imports. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ORIGIN = 'http://localhost:9';

type PageBench = { name: string; entry: string; jsx?: boolean };

async function bundle(bench: PageBench, outDir: string): Promise<void> {
  const id = `virtual:${bench.name}-bench`;
  const resolved = `\0${bench.name}-bench.js`;
  const virtual: Plugin = {
    name: `phieu:${bench.name}-bench-entry`,
    enforce: 'pre',
    // Library mode hands the entry over as a path under the root.
    resolveId: (source) => (source.endsWith(id) ? resolved : null),
    load: (source) => (source === resolved ? bench.entry : null),
  };
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false, root: ROOT, logLevel: 'silent', plugins: bench.jsx ? [virtual, solid()] : [virtual],
      resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
      // Library mode leaves process.env alone; the app's build replaces it (drag and drop reads NODE_ENV).
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir, emptyOutDir: true, target: 'es2022', lib: { entry: id, formats: ['es'], fileName: 'bench' } },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** Bundles the page code, opens it and returns what `window.bench(...args)` resolves to (a failure with its stack). */
export async function runInPage<T>(bench: PageBench, args: readonly number[]): Promise<T> {
  const outDir = await mkdtemp(join(tmpdir(), `phieu-${bench.name}-bench-`));
  const browser = await launchBrowser();
  try {
    await bundle(bench, outDir);
    // The bench and the chunks it loads (a dictionary part), from the build's folder.
    await browser.page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      return path.endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: await readFile(join(outDir, path.slice(1)), 'utf8') })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="/bench.js"></script>' });
    });
    // An error while the page code loads would otherwise show only as a timeout waiting for window.bench.
    browser.page.on('pageerror', (error) => console.error('bench page:', error.message));
    await browser.page.goto(`${ORIGIN}/`);
    await browser.page.waitForFunction(() => 'bench' in window);
    return await browser.page.evaluate((values) => (window as unknown as {
      bench: (...values: number[]) => Promise<T>;
    }).bench(...values).catch((error: unknown) => {
      throw new Error(error instanceof Error ? error.stack ?? error.message : String(error));
    }), [...args]);
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
