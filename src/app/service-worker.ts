import { announceUpdate } from './app-update';

/**
 * Registers the build's service worker (scripts/service-worker.ts) once the page has loaded, so
 * its precaching does not compete with the first view, and announces a new build when one is
 * installed and waiting. The register module (and workbox-window) load on demand; in the dev
 * server it does nothing.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh: () => announceUpdate(() => void update(true)),
    });
  });
}
