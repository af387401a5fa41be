import { createStore, del, set, values } from 'idb-keyval';
import type { Snapshot } from './types';

/** One IndexedDB store on this machine; imported maps are never uploaded. */
const store = () => createStore('kursk-sumy-imports', 'snapshots');

/** Every snapshot saved on this machine. */
export const loadSnapshots = (): Promise<Snapshot[]> => values<Snapshot>(store());

/** Saves a snapshot (a re-import of the same file and date replaces it). */
export const saveSnapshot = (snapshot: Snapshot): Promise<void> =>
  set(snapshot.id, snapshot, store());

/** Removes a snapshot. */
export const removeSnapshot = (id: string): Promise<void> => del(id, store());
