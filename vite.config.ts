// Builds the client (client/) into dist/ at the repo root, which the server serves as static files.
// The manifest lets the bundle benchmark and the browser tests tell the enumerator's chunks from the admin's.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  // Absolute, so a build started from another directory (the bench, the e2e setup) still finds the client.
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [solid()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:8787' },
  },
});
