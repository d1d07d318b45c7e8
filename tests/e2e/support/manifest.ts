// Reads the built client to name its office chunks, so a test can prove that a browser never requested one:
// the admin pages' chunks (from Vite's manifest), and every chunk the service worker does not precache (what
// the build classes as office code from the module graph, vite.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths.ts';

type ManifestChunk = { file: string; src?: string };

/** File names (as in /assets/…) of every chunk built from client/src/admin. */
export function adminChunkFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir(), '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = Object.values(manifest).filter((chunk) => chunk.src?.startsWith('src/admin/')).map((chunk) => chunk.file);
  if (files.length === 0) throw new Error('no admin chunk in the manifest: has the admin area moved or stopped being lazy?');
  return files;
}

/** File names (assets/…) of every JS chunk the service worker does not precache: the office's. */
export function officeChunkFiles(): string[] {
  const precached = new Set([...readFileSync(join(distDir(), 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]));
  const files = readdirSync(join(distDir(), 'assets')).map((name) => `assets/${name}`).filter((file) => file.endsWith('.js') && !precached.has(file));
  if (files.length === 0) throw new Error('every chunk is precached: has the office stopped being lazy?');
  return files;
}
