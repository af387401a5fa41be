import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite-data-plugin';

export default defineConfig({
  plugins: [react(), serveDataFolder()],
  build: {
    // maplibre-gl alone is ~1.1 MB minified; splitting it would not make first paint faster.
    chunkSizeWarningLimit: 1600,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
