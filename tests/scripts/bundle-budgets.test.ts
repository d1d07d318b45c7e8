// The JavaScript budgets fail `npm test`: one real build (with a fixture office page added to the office page
// table, from outside client/src/admin/) keeps every rule, and the rules themselves catch an oversized
// precached chunk, zod or office code in a precached chunk, and an entry left out of the precache.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../scripts/bench/bundle/build.ts';
import { checkBudgets, describeFigures, measure, RESPONDENT_ENTRY, type BuiltChunk, type ClientBuild } from '../../scripts/bench/bundle/budgets.ts';
import { bundleResults } from '../../scripts/bench/bundle.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/FixtureOfficePage.tsx', import.meta.url));

/** Adds one line to the office page table, the way a new office page plugs in. */
const fixtureOfficePage: Plugin = {
  name: 'test:fixture-office-page',
  transform(code, id) {
    if (!id.endsWith('/client/src/office-pages.ts')) return null;
    return `${code}\nOFFICE_PAGES.push({ path: '/admin/fixture', load: () => import(${JSON.stringify(FIXTURE)}), menu: 'admin.title', role: 'admin' });\n`;
  },
};

describe('the real build', () => {
  let outDir = '';
  let build: ClientBuild;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'phieu-budgets-'));
    build = await buildClient(outDir, { plugins: [fixtureOfficePage] });
  }, 120_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  const entry = () => build.chunks.filter((chunk) => chunk.isEntry);
  const fixtureChunk = () => build.chunks.find((chunk) => chunk.modules.includes(FIXTURE));

  it('keeps every budget and rule, and says how much room is left', () => {
    expect(checkBudgets(build)).toEqual([]);
    const lines = describeFigures(measure(build));
    expect(lines.filter((line) => / KB left$/.test(line))).toHaveLength(3);
    // The online respondent's page is built (its own build, vite.respondent.config.ts) and so measured.
    expect(lines.find((line) => line.startsWith('respondent page (online mode): '))).toMatch(/ KB of 35 KB, /);
    expect(bundleResults(build).map((result) => result.goal)).toEqual([90, 80, 35]);
  });

  it('loads the fixture office page lazily: a chunk of its own, imported on demand by the office area, itself loaded on demand', () => {
    expect(entry()).toHaveLength(1);
    const chunk = fixtureChunk();
    expect(chunk).toBeDefined();
    expect(chunk?.isEntry).toBe(false);
    const area = build.chunks.find((c) => c.modules.some((id) => id.endsWith('/client/src/admin/OfficeArea.tsx')));
    expect(area?.dynamicImports).toContain(chunk?.file);
    expect(entry()[0]?.dynamicImports).toContain(area?.file);
    expect(build.chunks.some((c) => c.imports.includes(chunk?.file ?? ''))).toBe(false);
  });

  it('keeps the fixture office page out of the enumerator’s chunk', () => {
    expect(entry()[0]?.modules).not.toContain(FIXTURE);
    expect(build.officeModules).toContain(FIXTURE);
  });

  it('builds the online respondent page apart: within 35 KB, sharing no chunk with the app, never precached', () => {
    const respondent = build.chunks.filter((chunk) => chunk.modules.some((id) => id.endsWith(RESPONDENT_ENTRY)));
    expect(respondent).toHaveLength(1);
    const figure = measure(build).find((f) => f.name.startsWith('respondent'));
    expect(figure?.kb).toBeLessThanOrEqual(35);
    const app = new Set(build.chunks.filter((chunk) => build.precached.includes(chunk.file)).map((chunk) => chunk.file));
    for (const chunk of respondent) {
      expect(build.precached).not.toContain(chunk.file);
      expect(chunk.imports.filter((file) => app.has(file))).toEqual([]);
    }
    expect(build.precached).not.toContain('respondent.html');
  });

  it('keeps the fixture office page, and every office page, out of the precache', () => {
    expect(build.precached).not.toContain(fixtureChunk()?.file);
    const officeChunks = build.chunks.filter((chunk) => chunk.modules.some((id) => id.includes('/client/src/admin/')));
    expect(officeChunks.length).toBeGreaterThan(0);
    for (const chunk of officeChunks) expect(build.precached).not.toContain(chunk.file);
    expect(build.precached).toContain(entry()[0]?.file);
  });
});

describe('checkBudgets', () => {
  const KB = 1024;
  const chunk = (file: string, gzipKb: number, modules: string[], isEntry = false): BuiltChunk => (
    { file, isEntry, modules, imports: [], dynamicImports: [], gzipBytes: gzipKb * KB });
  const app = chunk('assets/app.js', 70, ['/r/client/src/main.tsx', '/r/node_modules/dexie/dist/modern/dexie.mjs'], true);
  const words = chunk('assets/field.js', 6, ['/r/shared/i18n/en/field.ts']);
  const page = chunk('assets/AccountsPage.js', 2, ['/r/client/src/admin/AccountsPage.tsx']);
  const within: ClientBuild = {
    chunks: [app, words, page],
    precached: ['index.html', app.file, words.file],
    officeModules: ['/r/client/src/admin/AccountsPage.tsx'],
  };

  it('passes a build within every budget', () => {
    expect(checkBudgets(within)).toEqual([]);
    expect(measure(within).map((figure) => figure.kb)).toEqual([76, 70, null]);
  });

  it('fails a deliberately oversized precached chunk, though the entry alone fits', () => {
    const big = chunk('assets/big.js', 15, ['/r/shared/i18n/en/field.ts']);
    const violations = checkBudgets({ ...within, chunks: [...within.chunks, big], precached: [...within.precached, big.file] });
    expect(violations).toEqual(['phone: all JS the service worker precaches: 91 KB, over its 90 KB']);
  });

  it('fails an entry chunk over 80 KB', () => {
    const fat = { ...app, gzipBytes: 81 * KB };
    expect(checkBudgets({ ...within, chunks: [fat, words, page] })).toEqual(['phone: entry chunk: 81 KB, over its 80 KB']);
  });

  it('fails a lazy precached chunk carrying zod', () => {
    const lazy = chunk('assets/lazy.js', 3, ['/r/shared/survey/schema.ts', '/r/node_modules/zod/v4/mini/schemas.js']);
    const violations = checkBudgets({ ...within, chunks: [...within.chunks, lazy], precached: [...within.precached, lazy.file] });
    expect(violations).toEqual(['zod is precached for the phone: assets/lazy.js holds /r/node_modules/zod/v4/mini/schemas.js']);
  });

  it('fails a precached office page, and office code inside the entry chunk', () => {
    expect(checkBudgets({ ...within, precached: [...within.precached, page.file] }))
      .toEqual(['the service worker precaches office code: assets/AccountsPage.js holds /r/client/src/admin/AccountsPage.tsx']);
    const swallowed = { ...app, modules: [...app.modules, '/r/client/src/admin/AccountsPage.tsx'] };
    expect(checkBudgets({ ...within, chunks: [swallowed, words] }))
      .toEqual(['the service worker precaches office code: assets/app.js holds /r/client/src/admin/AccountsPage.tsx']);
  });

  it('fails an entry chunk left out of the precache, and a precached file that is no chunk', () => {
    expect(checkBudgets({ ...within, precached: ['index.html', words.file, 'assets/stray.js'] })).toEqual([
      'the entry chunk assets/app.js is not precached: the app would not open offline',
      'the service worker precaches assets/stray.js, which is no chunk of the app',
    ]);
  });

  it('measures the respondent page once it is built, and refuses zod or Dexie in it', () => {
    const respond = { ...chunk('assets/respond.js', 20, ['/r/client/src/respond/main.tsx']), imports: ['assets/dexie.js'] };
    const dexie = chunk('assets/dexie.js', 28, ['/r/node_modules/dexie/dist/modern/dexie.mjs']);
    const build = { ...within, chunks: [...within.chunks, respond, dexie] };
    expect(measure(build)[2]?.kb).toBe(48);
    expect(checkBudgets(build)).toEqual([
      'respondent page (online mode): 48 KB, over its 35 KB',
      'the respondent page carries /r/node_modules/dexie/dist/modern/dexie.mjs (assets/dexie.js)',
    ]);
  });
});
