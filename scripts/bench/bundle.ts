// How much JavaScript an enumerator's phone downloads before the first screen works: the entry chunk, its
// static imports, the sign-in and survey-list pages and the Vietnamese dictionary, each gzipped (level 9).
// Admin chunks must not be among them; if one is, the bench fails rather than report a flattering number.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Bench } from './types.ts';

const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const BUDGET_KB = 80;
/** Manifest keys (relative to client/) of the lazy chunks the enumerator's first screens need. */
const FIRST_SCREEN = ['src/pages/SignInPage.tsx', 'src/pages/SurveyListPage.tsx', '../shared/i18n/vi/index.ts'];
const ADMIN_SOURCES = /^src\/admin\//;

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[] };
export type Manifest = Record<string, ManifestChunk>;

/** The manifest keys of the entry, the given lazy chunks, and everything they import statically. */
export function firstScreenKeys(manifest: Manifest, lazyKeys: readonly string[]): Set<string> {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`bundle bench: "${key}" is not in the Vite manifest`);
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...entries, ...lazyKeys]) visit(key);
  return seen;
}

async function measureFirstScreen(): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'phieu-bundle-'));
  try {
    await build({ configFile: CONFIG, logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const keys = firstScreenKeys(manifest, FIRST_SCREEN);
    const admin = [...keys].filter((key) => ADMIN_SOURCES.test(manifest[key]?.src ?? ''));
    if (admin.length > 0) throw new Error(`bundle bench: admin code in the enumerator's first screen: ${admin.join(', ')}`);
    let bytes = 0;
    for (const key of keys) {
      const file = manifest[key]?.file ?? '';
      if (!file.endsWith('.js')) continue;
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
  title: "Enumerator's first screen: gzipped JavaScript",
  // A build is cheap, so 'tiny' measures the same thing as 'full'.
  run: async () => {
    const bytes = await measureFirstScreen();
    return [{
      name: 'first-screen JS (entry + sign-in + surveys + vi), gzip -9',
      value: Math.round((bytes / 1024) * 10) / 10,
      unit: 'KB',
      goal: BUDGET_KB,
      lowerIsBetter: true,
    }];
  },
};

export default bench;
