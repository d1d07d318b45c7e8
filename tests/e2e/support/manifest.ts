// Reads the built client's Vite manifest to name the chunks of the admin area, so a test can prove that
// an enumerator's browser never requested one.
import { readFileSync } from 'node:fs';
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
