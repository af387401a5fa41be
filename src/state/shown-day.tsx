import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useAppStoreApi } from './store-context';

const ShownDayContext = createContext<number | null>(null);

/** Where no frame comes (a hidden tab), the panels still follow within this. */
const FALLBACK_MS = 100;

/**
 * Calls `apply` once the browser has drawn its next frame (or after {@link FALLBACK_MS}, where
 * frames are paused); returns a cancel function.
 */
function afterNextFrame(apply: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancel();
    apply();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  timer = setTimeout(run, FALLBACK_MS);
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  return cancel;
}

/**
 * Gives the panels the store's day once the map has drawn it. The map follows the slider from
 * the store in the input's own task; re-rendering the panels (place list, chart, figures) in
 * that task, or before the next frame, held the map's frame back by ~5 ms on a 2-core machine.
 * So the panels get the day after that frame, in an interruptible transition that a fast drag
 * cuts short. A scrub shows on the map first and in the panels a frame later.
 */
export function ShownDayProvider({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [shown, setShown] = useState(() => store.getState().day);
  useEffect(() => {
    const show = () => startTransition(() => setShown(store.getState().day));
    // The day may have moved between this render and the effect (e.g. loading clamps it).
    show();
    let cancel: (() => void) | null = null;
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.day === prev.day) return;
      cancel?.();
      cancel = afterNextFrame(() => {
        cancel = null;
        show();
      });
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store]);
  return <ShownDayContext.Provider value={shown}>{children}</ShownDayContext.Provider>;
}

/** The day the panels show: the store's day, a frame after the map ({@link ShownDayProvider}). */
export function useShownDay(): number {
  const day = useContext(ShownDayContext);
  if (day === null) throw new Error('useShownDay needs a <ShownDayProvider>');
  return day;
}
