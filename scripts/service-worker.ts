import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { ManifestTransform } from 'workbox-build';
import { loadDerived } from './vite-data-plugin';

/**
 * Keeps the data files in the precache exactly as the page fetches them (SERVED_FILES of
 * scripts/derived/index.ts, and the per-view files), and fails the build if one of them was not
 * emitted.
 */
const precacheServedFiles: ManifestTransform = async (entries) => {
  const { SERVED_FILES, isViewFile } = await loadDerived();
  const served = new Set(SERVED_FILES.map((file) => `data/${file}`));
  const missing = [...served].filter((url) => !entries.some((entry) => entry.url === url));
  if (missing.length > 0) throw new Error(`not in the build, so not precached: ${missing}`);
  const manifest = entries.filter(
    ({ url }) => !url.startsWith('data/') || served.has(url) || isViewFile(url.slice(5)),
  );
  return { manifest, warnings: [] };
};

/**
 * The service worker (Workbox, generated at build time): precaches the app shell, the MapLibre
 * worker, fonts, basemap GeoJSON and the data, so a second visit works offline. A new build's
 * worker waits until the reader accepts the page's "new version" prompt (src/app/UpdatePrompt).
 * The worker's own runtime is a file of the build (no CDN), and no script is inlined into
 * index.html: src/main.tsx registers it.
 */
export function offlineServiceWorker(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,woff2,geojson}', 'data/*.{json,tiles}'],
      manifestTransforms: [precacheServedFiles],
      // The first visit's worker takes the open page at once; later ones wait for the prompt.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/data\//, /^\/basemap\//, /^\/assets\//],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}
