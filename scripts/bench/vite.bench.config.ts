import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../precompress';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Where the benchmark builds the app and, beside it, the bare comparison page. */
export const BENCH_DIST = resolve(ROOT, 'artifacts', 'bench', 'dist');

/**
 * Builds bench/bare.html into the app's benchmark build (same origin, same basemap files) as a
 * separate build, so it shares no chunks with the app and its bundle size is a true floor.
 * Its assets go to bench-assets/ so they cannot be mistaken for the app's.
 */
export default defineConfig({
  root: ROOT,
  // Precompressed like the app's files, so the production server serves both pages alike.
  plugins: [react(), precompress()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: BENCH_DIST,
    emptyOutDir: false,
    assetsDir: 'bench-assets',
    chunkSizeWarningLimit: 1600,
    rollupOptions: { input: resolve(ROOT, 'bench', 'bare.html') },
  },
});
