import { useSyncExternalStore } from 'react';

/** Activates the waiting build and reloads the page into it. */
type ReloadIntoUpdate = () => void;

let waiting: ReloadIntoUpdate | null = null;
const listeners = new Set<() => void>();

/** Called by the service worker's registration when a new build is installed and waiting. */
export function announceUpdate(reload: ReloadIntoUpdate): void {
  waiting = reload;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting build's reload, or null while the page runs the newest build. */
export function useWaitingUpdate(): ReloadIntoUpdate | null {
  return useSyncExternalStore(subscribe, () => waiting);
}
