// A production build of the client, described for the size checks: every JS chunk (its modules, the chunks it
// imports statically and lazily, its size gzipped at level 9), the files the built service worker precaches (read
// out of dist/sw.js: what a phone really gets), and the office modules (what the route tables load lazily).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import type { BuiltChunk, ClientBuild } from './budgets.ts';
import { RESPONDENT_CHUNKS_FILE } from '../../../vite.respondent.config.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = '/client/src/main.tsx';
/** The route tables: what they import lazily is office code (the phone's own lazy modules, such as the paper keying
 * page, and the English field words are loaded from elsewhere: client/src/phone-lazy.ts, shared/i18n/load.ts). */
const ROUTE_TABLES = ['/client/src/app.tsx', '/client/src/office-pages.ts'];
/** Office code by its place, besides the graph: the admin folder and the office words. */
const OFFICE_PLACES = [/\/client\/src\/admin\//, /\/shared\/i18n\/[a-z]+\/office\.ts$/];

export type BuildOptions = {
  /** Variables for the build (PHIEU_BUILD names a release). */
  env?: Record<string, string>;
  /** Extra plugins (a test adds a fixture office page). */
  plugins?: Plugin[];
};

/**
 * Builds the client into `outDir` for production (vitest sets NODE_ENV to 'test', which would make Vite build
 * for development) and describes what was written.
 */
export async function buildClient(outDir: string, options: BuildOptions = {}): Promise<ClientBuild> {
  const env = options.env ?? {};
  const saved = { NODE_ENV: process.env.NODE_ENV, ...Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]])) };
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  let chunks: Omit<BuiltChunk, 'gzipBytes'>[] = [];
  const office = new Set<string>();
  const collect: Plugin = {
    name: 'phieu:bench-chunks',
    generateBundle(_options, bundle) {
      const found = Object.values(bundle).flatMap((item) => (item.type === 'chunk'
        ? [{ file: item.fileName, isEntry: item.moduleIds.some((id) => id.endsWith(MAIN)), modules: item.moduleIds, imports: item.imports, dynamicImports: item.dynamicImports }]
        : []));
      // Also runs in the service worker's own build: keep the bundle whose entry is the app's.
      if (!found.some((chunk) => chunk.isEntry)) return;
      chunks = found;
      for (const id of this.getModuleIds()) {
        if (OFFICE_PLACES.some((place) => place.test(id))) office.add(id);
        if (ROUTE_TABLES.some((table) => id.endsWith(table))) for (const lazy of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) office.add(lazy);
      }
    },
  };
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'client'), logLevel: 'silent', plugins: [collect, ...(options.plugins ?? [])], build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  // The respondent's page is its own build (vite.respondent.config.ts), which describes its chunks in the folder.
  const respondentFile = join(outDir, RESPONDENT_CHUNKS_FILE);
  if (existsSync(respondentFile)) {
    const respondent = JSON.parse(await readFile(respondentFile, 'utf8')) as Omit<BuiltChunk, 'gzipBytes' | 'isEntry'>[];
    chunks = [...chunks, ...respondent.map((chunk) => ({ ...chunk, isEntry: false }))];
  }
  // Vite drops the HTML entry's empty facade chunk after the bundle is generated: keep what was written.
  const written = chunks.filter((chunk) => existsSync(join(outDir, chunk.file)));
  const files = new Set(written.map((chunk) => chunk.file));
  return {
    chunks: await Promise.all(written.map(async (chunk) => ({
      ...chunk,
      imports: chunk.imports.filter((file) => files.has(file)),
      dynamicImports: chunk.dynamicImports.filter((file) => files.has(file)),
      gzipBytes: gzipSync(await readFile(join(outDir, chunk.file)), { level: 9 }).length,
    }))),
    precached: precacheList(await readFile(join(outDir, 'sw.js'), 'utf8')),
    officeModules: [...office],
  };
}

/** The URLs of the precache manifest that the build injected into the service worker (JSON entries). */
export function precacheList(serviceWorker: string): string[] {
  const urls = [...serviceWorker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
  if (!urls.includes('index.html')) throw new Error('bundle: no precache manifest found in sw.js');
  return urls;
}
