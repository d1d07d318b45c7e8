// Builds the client (client/) into dist/ at the repo root, which the server serves as static files, with the
// service worker (client/src/sw.ts, Workbox precaching) and the web app manifest of the installable PWA.
// What the service worker precaches is decided from the module graph (phoneFiles below), not from folders.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build as viteBuild, defineConfig, type InlineConfig, type LogLevel, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
/** Everything an enumerator's phone runs, in one chunk: main.tsx with all it imports statically (libraries, the
 * app's frame, data and sync modules, the enumerator's pages and the shared code they use — app.tsx imports those
 * pages statically for this), and the Vietnamese field words (the default language, otherwise a dynamic import of
 * its own). The service worker precaches it all at the first visit anyway, and one file compresses better than
 * several. Office pages stay lazy chunks; never the admin area; the office words and other languages load apart. */
const MAIN = /\/client\/src\/main\.tsx$/;
const ENUMERATOR_APP = [
  MAIN,
  /\/shared\/i18n\/vi\/field\.ts$/,
];
/** The entry screens reached after a form is started (paper keying, the review before finishing) with the entry
 * modules only they use: one precached lazy chunk, out of the entry every screen waits for. One chunk, not several:
 * each split costs the phone its share of compression (decision 0010). The builder's preview imports it too. */
const ENTRY_SCREENS = /\/client\/src\/(entry\/|pages\/(PaperKeyingPage|ReviewPage))|\/shared\/entry\//;

/**
 * What a phone gets, decided from the module graph rather than from folders: the chunk holding main.tsx (with
 * ENUMERATOR_APP above, every page an enumerator uses) and the chunks holding PHONE_LAZY modules, each with the
 * chunks it imports statically, and their CSS. Only these JS and CSS files are precached. Every other chunk —
 * whatever the route table or a page loads lazily: the office pages of `client/src/office-pages.ts` wherever
 * their files live, their frame, the office words, the survey list of office accounts — is office: never
 * precached, so never on a phone that does not open it. A new lazy module a phone needs offline joins PHONE_LAZY
 * explicitly (decision 0010); forgetting it leaves it out of the precache, which the offline browser test shows.
 * The English words are not precached: the service worker keeps them once a device has used them (client/src/sw.ts).
 */
const PHONE_LAZY = [
  // The entry screens' chunk (ENTRY_SCREENS above), loaded from client/src/phone-lazy.ts.
  /\/client\/src\/pages\/PaperKeyingPage\.tsx$/,
  /\/client\/src\/pages\/ReviewPage\.tsx$/,
];

/** The JS and CSS files of the last app build that a phone gets (see above), as URLs relative to the output. */
let phoneFiles: ReadonlySet<string> | undefined;

function phoneFilesFromGraph(): Plugin {
  return {
    name: 'phieu:phone-files',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const holds = (patterns: readonly RegExp[]) => chunks.filter((chunk) => chunk.moduleIds.some((id) => patterns.some((p) => p.test(id))));
      const roots = holds([MAIN]);
      // The service worker's own build (if it shares these plugins) has no app entry: it decides nothing.
      if (roots.length === 0) return;
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const files = new Set<string>();
      const visit = (file: string) => {
        const chunk = byFile.get(file);
        if (!chunk || files.has(file)) return;
        files.add(file);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        for (const imported of chunk.imports) visit(imported);
      };
      for (const chunk of [...roots, ...holds(PHONE_LAZY)]) visit(chunk.fileName);
      phoneFiles = files;
    },
  };
}

/** The precache manifest keeps the shell (HTML, icons, web manifest) and only the phone's JS and CSS. */
function keepPhoneFiles<E extends { url: string }>(entries: E[]): { manifest: E[]; warnings: string[] } {
  if (!phoneFiles) throw new Error('vite.config: the phone\'s files were not computed before the precache manifest');
  const wanted = phoneFiles;
  return { manifest: entries.filter((entry) => !/\.(js|css)$/.test(entry.url) || wanted.has(entry.url)), warnings: [] };
}

/**
 * Vite wraps each dynamic import in a helper that first loads the chunk's CSS and module preloads (≈ 0.6 KB
 * gzipped of the phone's entry). Here neither exists: all CSS is one file (`cssCodeSplit: false`, linked from
 * index.html) and module preload lists are off, so the wrapper only calls the import.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'phieu:plain-dynamic-imports',
    enforce: 'pre',
    load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * The online respondent's page (client/respondent.html, decision 0021) is its own build (vite.respondent.config.ts),
 * run into the same folder once the app's build has written it, so it shares no chunk with the phone's app.
 */
function respondentEntry(): Plugin {
  let outDir = '';
  let appBuilt = false;
  return {
    name: 'phieu:respondent-entry',
    apply: 'build',
    configResolved: (config) => { outDir = config.build.outDir; },
    // Only the app's own bundle (with index.html) starts it, not the service worker's build.
    writeBundle(_options, bundle) { appBuilt ||= 'index.html' in bundle; },
    async closeBundle() {
      if (!appBuilt) return;
      appBuilt = false;
      await viteBuild({
        configFile: fileURLToPath(new URL('./vite.respondent.config.ts', import.meta.url)),
        logLevel, build: { outDir, emptyOutDir: false },
      });
    },
  };
}

/** The main build's log level, passed on to the service worker's own build (which would otherwise log). */
let logLevel: LogLevel = 'info';

/** The service worker's own build: as quiet as the main one, and one file without rolldown's deprecated option. */
function quietServiceWorkerBuild(config: InlineConfig): void {
  config.logLevel = logLevel;
  const output = config.build?.rollupOptions?.output;
  if (output && !Array.isArray(output) && 'inlineDynamicImports' in output) {
    delete output.inlineDynamicImports;
    Object.assign(output, { codeSplitting: false });
  }
}

export default defineConfig({
  // Absolute, so a build started from another directory (the bench, the e2e setup) still finds the client.
  root: fileURLToPath(new URL('./client', import.meta.url)),
  // Shown in the storage panel; PHIEU_BUILD names a release (CI sets it), the package version otherwise.
  define: { __APP_BUILD__: JSON.stringify(process.env.PHIEU_BUILD || pkg.version) },
  resolve: {
    // Dexie's ES2018 module build instead of its ES5 UMD one behind the package's import wrapper: about 3 KB
    // less gzipped on a phone, with the same API (the wrapper only guards against two Dexie copies in one app);
    // its own minified file, which our minifier shrinks ≈ 0.2 KB further than the plain one.
    // workbox-window's package points bundlers at its ES5 build; its ES2017 one does the same in ≈ 1 KB less.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.min.mjs' },
      { find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' },
    ],
  },
  plugins: [
    solid(),
    { name: 'phieu:log-level', configResolved: (config) => { logLevel = config.logLevel ?? logLevel; } },
    phoneFilesFromGraph(),
    plainDynamicImports(),
    respondentEntry(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Registered by hand with workbox-window (client/src/pwa/register.ts), so an update waits for the user.
      injectRegister: false,
      registerType: 'prompt',
      integration: { configureCustomSWViteBuild: quietServiceWorkerBuild },
      injectManifest: {
        // The app shell and icons, and of the JS and CSS only the phone's files (phoneFilesFromGraph): never
        // office code. (The manifest and its icons are added by the plugin itself.)
        globPatterns: ['**/*.{js,css,html,svg}', 'apple-touch-icon.png'],
        // The online respondent's page is no part of the enumerator's app: never precached (decision 0021).
        globIgnores: ['respondent.html', 'assets/r-*'],
        manifestTransforms: [keepPhoneFiles],
      },
      manifest: {
        name: 'Phiếu – Khảo sát dư luận xã hội',
        short_name: 'Phiếu',
        description: 'Nhập phiếu khảo sát tại thực địa, cả khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b3d91',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // No preload lists: for each lazy office page the entry chunk would carry the hashed names of the chunks it
    // imports (≈ 0.3 KB gzipped for four pages, on every phone); an office page fetches its imports as it loads.
    modulePreload: false,
    // One stylesheet for every screen (the office's few rules, ≈ 2 KB gzipped, ride along): no lazy chunk waits
    // for its own CSS, and the dynamic imports need no helper (plainDynamicImports above).
    cssCodeSplit: false,
    rolldownOptions: {
      // Building a zod schema has no side effect: a module the phone imports for its plain functions leaves its
      // schemas (and zod) out. Schemas with checks are not covered (`.check()` is a call on the result): such
      // modules keep their plain functions in a zod-free sibling (decision 0010).
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        // The enumerator's screens are one chunk (ENUMERATOR_APP), the entry screens reached later another
        // (ENTRY_SCREENS), decision 0010; other pages stay lazy chunks.
        codeSplitting: {
          groups: [
            { name: 'app', test: (id: string) => ENUMERATOR_APP.some((pattern) => pattern.test(id)) },
            { name: 'paper', test: (id: string) => ENTRY_SCREENS.test(id) },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8787' },
  },
});
