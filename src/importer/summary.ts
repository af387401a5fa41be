import { datedSnapshots } from './layer-features';
import { ASSESSED_SIDES, type AssessedSide, type Oblast, type Snapshot } from './types';

/** km² per side and oblast of one snapshot; unmapped areas count as unknown. */
export function areasBySide(snapshot: Snapshot): Record<AssessedSide, Record<Oblast, number>> {
  const totals = Object.fromEntries(
    ASSESSED_SIDES.map((side) => [side, { kursk: 0, sumy: 0 }]),
  ) as Record<AssessedSide, Record<Oblast, number>>;
  for (const { properties } of snapshot.areas.features) {
    const side = totals[properties.side ?? 'unknown'];
    side.kursk += properties.km2Kursk;
    side.sumy += properties.km2Sumy;
  }
  return totals;
}

/** The snapshot in force on `day`: the latest dated on or before it; null before the first. */
export function snapshotInForce(snapshots: readonly Snapshot[], day: number): Snapshot | null {
  let found: Snapshot | null = null;
  for (const entry of datedSnapshots(snapshots)) if (entry.day <= day) found = entry.snapshot;
  return found;
}

/** Labels of areas no known status key, fill colour or name mapped to a side. */
export function unmappedLabels(snapshot: Snapshot): string[] {
  return [
    ...new Set(
      snapshot.areas.features
        .filter((f) => f.properties.side === null)
        .map((f) => f.properties.label),
    ),
  ];
}

/** The snapshot with the user's answers: a date, and a side for each unmapped label. */
export function withAnswers(
  snapshot: Snapshot,
  answers: { date?: string; sides?: Record<string, AssessedSide> },
): Snapshot {
  const date = answers.date ?? snapshot.date;
  const sides = answers.sides ?? {};
  return {
    ...snapshot,
    id: `${snapshot.source}|${date ?? ''}`,
    date,
    dateFrom: answers.date ? 'user' : snapshot.dateFrom,
    areas: {
      ...snapshot.areas,
      features: snapshot.areas.features.map((f) =>
        f.properties.side === null && sides[f.properties.label]
          ? { ...f, properties: { ...f.properties, side: sides[f.properties.label]! } }
          : f,
      ),
    },
  };
}
