import type { AppStore } from '../state/store';
import { announceUpdate } from './app-update';

/**
 * Registers the build's service worker (scripts/service-worker.ts) once the map has drawn its
 * first view (the page's `load` event comes long before that in this app), so its precaching
 * does not compete with the first view, and announces a new build when one is installed and
 * waiting. The register module (and workbox-window) load on demand; in the dev server it does
 * nothing.
 */
export function registerServiceWorker(store: AppStore): void {
  if (!('serviceWorker' in navigator)) return;
  if (!store.getState().firstViewDrawn) {
    const unsubscribe = store.subscribe((state) => {
      if (!state.firstViewDrawn) return;
      unsubscribe();
      register();
    });
    return;
  }
  register();
}

function register(): void {
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      // The first view is drawn: nothing left to wait for.
      immediate: true,
      onNeedRefresh: () => announceUpdate(() => void update(true)),
    });
  });
}
