// Builds the online respondent's page (client/respondent.html → /r/<token>, decision 0021) on its own, into the
// same output folder, after the enumerator's app (vite.config.ts starts it): its own module graph and chunks, so
// it shares nothing with the phone's precached app (no Dexie, no service worker, no office code), and its own
// older target, for the Android WebViews that Zalo's in-app browser runs on. It writes the description of its
// chunks beside Vite's manifest for the size budget (scripts/bench/bundle/build.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

/** Where the respondent build describes its chunks, inside the output folder (a dot-path: never served). */
export const RESPONDENT_CHUNKS_FILE = '.vite/respondent-chunks.json';

function describeChunks(): Plugin {
  let outDir = '';
  return {
    name: 'phieu:respondent-chunks',
    configResolved: (config) => { outDir = config.build.outDir; },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk'
        ? [{ file: item.fileName, modules: item.moduleIds, imports: item.imports, dynamicImports: item.dynamicImports }]
        : []));
      mkdirSync(join(outDir, '.vite'), { recursive: true });
      writeFileSync(join(outDir, RESPONDENT_CHUNKS_FILE), JSON.stringify(chunks));
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  // The app's public folder (icons) is already copied by the app's build.
  publicDir: false,
  plugins: [solid(), describeChunks()],
  build: {
    outDir: '../dist',
    emptyOutDir: false,
    // Android System WebView 73 (March 2019), which Zalo opens links in: the syntax is lowered to it, and the
    // newest built-ins the page uses are of that version (Object.fromEntries in the engine, flatMap: Chrome 69/73).
    target: ['chrome73', 'safari12.1'],
    modulePreload: false,
    rolldownOptions: {
      input: { respondent: fileURLToPath(new URL('./client/respondent.html', import.meta.url)) },
      treeshake: { manualPureFunctions: ['z'] },
      output: { entryFileNames: 'assets/r-[hash].js', chunkFileNames: 'assets/r-[hash].js', assetFileNames: 'assets/r-[hash][extname]' },
    },
  },
});
