import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { OPEN_END, parseIsoDay } from '../data/dates';
import type { AssessedSide, Snapshot } from './types';

/** Properties of an imported area on the map: its snapshot's days in force and its side. */
export interface ImportedAreaProperties {
  start_day: number;
  end_day: number;
  side: AssessedSide;
  label: string;
  date: string;
  source: string;
  /** Where the area's label goes. */
  label_at: [number, number];
}

/** Dated snapshots, oldest first, each with its day number. */
export function datedSnapshots(
  snapshots: readonly Snapshot[],
): { day: number; snapshot: Snapshot }[] {
  return snapshots
    .flatMap((snapshot) => {
      const day = snapshot.date ? parseIsoDay(snapshot.date) : null;
      return day === null ? [] : [{ day, snapshot }];
    })
    .sort((a, b) => a.day - b.day || a.snapshot.source.localeCompare(b.snapshot.source));
}

/**
 * Every imported area as one feature set, each in force from its snapshot's day until the next
 * snapshot's day (the last one open-ended), so the day filter shows one snapshot at a time.
 * Several snapshots of one day: the last by name wins that day.
 */
export function importedAreaFeatures(
  snapshots: readonly Snapshot[],
): FeatureCollection<Polygon | MultiPolygon, ImportedAreaProperties> {
  const dated = datedSnapshots(snapshots);
  const features: Feature<Polygon | MultiPolygon, ImportedAreaProperties>[] = [];
  dated.forEach(({ day, snapshot }, index) => {
    const next = dated.slice(index + 1).find((entry) => entry.day > day);
    const sameDayLater = dated[index + 1]?.day === day;
    if (sameDayLater) return;
    for (const area of snapshot.areas.features) {
      features.push({
        type: 'Feature',
        geometry: area.geometry,
        properties: {
          start_day: day,
          end_day: next?.day ?? OPEN_END,
          side: area.properties.side ?? 'unknown',
          label: area.properties.label,
          date: snapshot.date ?? '',
          source: snapshot.source,
          label_at: area.properties.labelAt ?? firstVertex(area.geometry),
        },
      });
    }
  });
  return { type: 'FeatureCollection', features };
}

const firstVertex = (geometry: Polygon | MultiPolygon): [number, number] => {
  const [x, y] =
    (geometry.type === 'Polygon'
      ? geometry.coordinates[0]?.[0]
      : geometry.coordinates[0]?.[0]?.[0]) ?? [];
  return [x ?? 0, y ?? 0];
};

/**
 * One point per imported area, at its label point: labels on their own point source cost the
 * map little to re-filter on each date change, where labels on the polygons are re-placed.
 */
export function importedLabelPoints(
  areas: FeatureCollection<Polygon | MultiPolygon, ImportedAreaProperties>,
): FeatureCollection<Point, ImportedAreaProperties> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map(({ properties }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: properties.label_at },
      properties,
    })),
  };
}
