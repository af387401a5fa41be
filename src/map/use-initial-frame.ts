import { useEffect, useRef } from 'react';
import type { Place } from '../data/schema';
import { framePadding, initialBounds } from './initial-frame';
import { useMap } from './map-context';

/**
 * Once the dataset arrives, re-frames the opening view on the dataset's own coordinates for the
 * frame places, unless the URL carried a camera or the user has already moved the map.
 */
export function useInitialFrame(places: readonly Place[] | null, hasCamera: boolean): void {
  const map = useMap();
  const userMoved = useRef(false);
  useEffect(() => {
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) userMoved.current = true;
    };
    map.on('movestart', onMoveStart);
    return () => {
      map.off('movestart', onMoveStart);
    };
  }, [map]);
  useEffect(() => {
    if (!places || hasCamera || userMoved.current) return;
    map.fitBounds(initialBounds(places), {
      padding: framePadding(map.getContainer().clientWidth),
      duration: 0,
    });
  }, [map, places, hasCamera]);
}
