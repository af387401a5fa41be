import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';
import { offlineServiceWorker } from './scripts/service-worker.ts';
import { precompress } from './scripts/precompress.ts';
import { serveLocalImports } from './scripts/local-imports.ts';
import { compileI18nCatalogs } from './scripts/vite-i18n-plugin.ts';

/** CSP directives an online basemap (VITE_BASEMAP_STYLE) needs its origin added to. */
const BASEMAP_DIRECTIVES = ['connect-src', 'img-src', 'font-src'];

/**
 * index.html carries a strict same-origin CSP. In a build with VITE_BASEMAP_STYLE set, this adds
 * that style's origin to connect-src (style, tiles, glyphs), img-src (sprites) and font-src; a
 * basemap whose tiles live on further hosts needs those hosts added here too. The dev server
 * drops the meta: Vite's HMR client and React Refresh preamble need inline script and ws:.
 */
function contentSecurityPolicy(): Plugin {
  let serving = false;
  let basemapOrigin: string | null = null;
  return {
    name: 'content-security-policy',
    configResolved(config) {
      serving = config.command === 'serve';
      const raw = config.env.VITE_BASEMAP_STYLE?.trim();
      if (!raw) return;
      try {
        const url = new URL(raw);
        if (url.protocol === 'https:' || url.protocol === 'http:') basemapOrigin = url.origin;
      } catch {
        // Not a URL: the app keeps the offline basemap, so the CSP stays same-origin.
      }
    },
    transformIndexHtml(html) {
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/>/;
      if (serving) return html.replace(meta, '');
      const origin = basemapOrigin;
      if (!origin) return html;
      return html.replace(meta, (tag, policy: string) => {
        const extended = policy
          .split(';')
          .map((directive) => {
            const name = directive.trim().split(/\s+/)[0] ?? '';
            return BASEMAP_DIRECTIVES.includes(name) ? `${directive} ${origin}` : directive;
          })
          .join(';');
        return tag.replace(policy, extended);
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    compileI18nCatalogs(),
    serveDataFolder(),
    serveLocalImports(),
    contentSecurityPolicy(),
    offlineServiceWorker(),
    precompress(),
  ],
  build: {
    // maplibre-gl alone is ~1.1 MB minified; splitting it would not make first paint faster.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // The app modules (and React) that the first paint shares with lazy chunks go into one
        // chunk instead of nine small ones: each was a request on the first paint's critical
        // path, queued with the data preloads (issue #15: map created ~100 ms sooner).
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /\/src\/|\/node_modules\/(react|react-dom|scheduler)\//,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
