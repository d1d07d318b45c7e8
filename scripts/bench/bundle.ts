// How much JavaScript an enumerator's phone downloads for all of its screens (sign-in, home, new interview,
// interview, paper keying, review): the entry chunk, its static imports, the chunks holding those pages and the
// Vietnamese dictionary's field part, each file gzipped (level 9). Today that is one file (vite.config.ts). Admin chunks must not be among them, nor in the service worker's precache list; if one is, the bench
// fails rather than report a flattering number.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import type { Bench } from './types.ts';

const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const BUDGET_KB = 80;
/** Source modules (relative to the repo) of every screen an enumerator uses: whatever chunks hold them are
 * counted, with their static imports and the Vietnamese field words. */
const ENUMERATOR_SCREENS = [
  'client/src/pages/SignInPage.tsx', 'client/src/pages/HomePage.tsx', 'client/src/pages/NotFoundPage.tsx',
  'client/src/pages/NewInterviewPage.tsx', 'client/src/pages/InterviewPage.tsx',
  'client/src/pages/PaperKeyingPage.tsx', 'client/src/pages/ReviewPage.tsx', 'shared/i18n/vi/field.ts',
];
const ADMIN_SOURCE = '/client/src/admin/';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type BuiltChunk = { file: string; isEntry: boolean; modules: string[]; imports: string[] };

/** The files an enumerator loads: the entry, the chunks holding the screens, and their static imports. */
export function enumeratorFiles(chunks: readonly BuiltChunk[], screens: readonly string[]): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`bundle bench: no chunk "${file}"`);
    seen.add(file);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.file);
  for (const screen of screens) {
    const holder = chunks.find((chunk) => chunk.modules.some((id) => id.endsWith(`/${screen}`)));
    if (!holder) throw new Error(`bundle bench: "${screen}" is in no chunk`);
    visit(holder.file);
  }
  return seen;
}

/**
 * A production build of the client into `outDir` (vitest sets NODE_ENV to 'test', which would make Vite build
 * for development). `env` adds variables for the build (PHIEU_BUILD names a release). Returns its JS chunks.
 */
export async function buildClient(outDir: string, env: Record<string, string> = {}): Promise<BuiltChunk[]> {
  const saved = { NODE_ENV: process.env.NODE_ENV, ...Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]])) };
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  let chunks: BuiltChunk[] = [];
  const collect: Plugin = {
    name: 'phieu:bench-chunks',
    // Also runs in the service worker's own build: keep the bundle whose entry is the app's.
    generateBundle(_options, bundle) {
      const found: BuiltChunk[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        found.push({ file: item.fileName, isEntry: item.isEntry, modules: item.moduleIds, imports: item.imports });
      }
      if (found.some((chunk) => chunk.modules.some((id) => id.endsWith('/client/src/main.tsx')))) chunks = found;
    },
  };
  try {
    await build({ configFile: CONFIG, root: join(ROOT, 'client'), logLevel: 'silent', plugins: [collect], build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  // Vite drops the HTML entry's empty facade chunk after the bundle is generated: keep what was written.
  const written = chunks.map((chunk) => chunk.file).filter((file) => existsSync(join(outDir, file)));
  return chunks
    .filter((chunk) => written.includes(chunk.file))
    .map((chunk) => ({ ...chunk, isEntry: chunk.isEntry || chunk.modules.some((id) => id.endsWith('/client/src/main.tsx')), imports: chunk.imports.filter((file) => written.includes(file)) }));
}

async function measureEnumeratorScreens(): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'phieu-bundle-'));
  try {
    const chunks = await buildClient(outDir);
    const files = enumeratorFiles(chunks, ENUMERATOR_SCREENS);
    const adminChunks = chunks.filter((chunk) => chunk.modules.some((id) => id.includes(ADMIN_SOURCE)));
    if (adminChunks.length === 0) throw new Error('bundle bench: no admin chunk: has the admin area stopped being lazy?');
    const leaked = adminChunks.filter((chunk) => files.has(chunk.file)).map((chunk) => chunk.file);
    if (leaked.length > 0) throw new Error(`bundle bench: admin code in the enumerator's screens: ${leaked.join(', ')}`);
    const officeWords = chunks.filter((chunk) => files.has(chunk.file) && chunk.modules.some((id) => id.endsWith('/shared/i18n/vi/office.ts')));
    if (officeWords.length > 0) throw new Error(`bundle bench: the office dictionary is in the enumerator's screens: ${officeWords.map((c) => c.file).join(', ')}`);
    const serviceWorker = await readFile(join(outDir, 'sw.js'), 'utf8');
    const precached = adminChunks.filter((chunk) => serviceWorker.includes(chunk.file)).map((chunk) => chunk.file);
    if (precached.length > 0) throw new Error(`bundle bench: the service worker precaches admin code: ${precached.join(', ')}`);
    let bytes = 0;
    for (const file of files) {
      const code = await readFile(join(outDir, file));
      // Belt and braces: admin code inlined into a shared chunk would not show up as an admin chunk above.
      if (code.includes('/api/admin/')) throw new Error(`bundle bench: ${file} calls the admin API`);
      bytes += gzipSync(code, { level: 9 }).length;
    }
    return bytes;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const bench: Bench = {
  title: "Enumerator's screens: gzipped JavaScript",
  // A build is cheap, so 'tiny' measures the same thing as 'full'.
  run: async () => {
    const bytes = await measureEnumeratorScreens();
    return [{
      name: 'enumerator screens JS (sign-in, home, new, interview, paper keying, review + vi field words), gzip -9',
      value: Math.round((bytes / 1024) * 10) / 10, unit: 'KB', goal: BUDGET_KB, lowerIsBetter: true,
    }];
  },
};

export default bench;
