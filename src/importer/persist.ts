import { createStore, del, setMany, values } from 'idb-keyval';
import type { Snapshot } from './types';

/** One IndexedDB store on this machine; imported maps are never uploaded. */
const store = () => createStore('kursk-sumy-imports', 'snapshots');

/** Every snapshot saved on this machine. */
export const loadSnapshots = (): Promise<Snapshot[]> => values<Snapshot>(store());

/** Saves snapshots in one transaction (a re-import of the same file and date replaces it). */
export const saveSnapshots = (snapshots: readonly Snapshot[]): Promise<void> =>
  setMany(
    snapshots.map((snapshot) => [snapshot.id, snapshot]),
    store(),
  );

/** Removes a snapshot. */
export const removeSnapshot = (id: string): Promise<void> => del(id, store());

/**
 * Snapshots imported with `npm run import`, served by the dev server, preview and `npm start`
 * from data/local-imports/ (a built site ships an empty list).
 */
export async function loadLocalSnapshots(base: string): Promise<Snapshot[]> {
  // Served live by the local server, never precached: offline there is nothing to ask for.
  if (!navigator.onLine) return [];
  const index = await fetch(`${base}local-imports/index.json`, { cache: 'no-cache' });
  if (!index.ok) return [];
  const files = (await index.json()) as string[];
  const snapshots = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`${base}local-imports/${encodeURIComponent(file)}`);
      return response.ok
        ? ({ ...((await response.json()) as Snapshot), local: true } as const)
        : null;
    }),
  );
  return snapshots.filter((s): s is Snapshot & { local: true } => s !== null);
}
