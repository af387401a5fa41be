import { datedSnapshots } from '../../importer/layer-features';
import { areasBySide } from '../../importer/summary';
import type { AssessedSide, Country, Snapshot } from '../../importer/types';

/** One line of the user's imported assessments: a side's km² in one oblast, per snapshot. */
export interface ImportedLine {
  key: string;
  label: string;
  colour: string;
  /** km² in each snapshot of {@link ImportedSeries.days}, in order. */
  km2: number[];
}

/** The imported snapshots as chart lines: one value per snapshot day, per side and oblast. */
export interface ImportedSeries {
  /** Snapshot days, oldest first; of several snapshots on one day, the last by name. */
  days: number[];
  /** Each day's snapshot file name. */
  sources: string[];
  /** Only the lines with area in some snapshot. */
  lines: ImportedLine[];
}

const PLACES: Record<Country, string> = { RU: 'Kursk oblast', UA: 'Sumy oblast' };
const SIDES: Record<AssessedSide, string> = {
  ua: 'Ukraine-held',
  ru: 'Russia-held',
  unknown: 'Grey / unknown',
};
/** Side hues as in the derived lines; Sumy oblast a lighter shade of each. */
const COLOURS: Record<AssessedSide, Record<Country, string>> = {
  ua: { RU: '#2166ac', UA: '#4393c3' },
  ru: { RU: '#b35806', UA: '#e08214' },
  unknown: { RU: '#4d4d4d', UA: '#8c8c8c' },
};
const ORDER: readonly [AssessedSide, Country][] = [
  ['ua', 'RU'],
  ['ru', 'RU'],
  ['unknown', 'RU'],
  ['ru', 'UA'],
  ['ua', 'UA'],
  ['unknown', 'UA'],
];
/** Below this a line is nothing but clipping slivers (1 ha). */
const NONZERO_KM2 = 0.01;

/**
 * km² per side in Kursk and in Sumy oblast of each dated snapshot, for the area chart. Lives in
 * the chart's lazy code: the page loads it only once something has been imported.
 */
export function importedSeries(snapshots: readonly Snapshot[]): ImportedSeries {
  const dated = datedSnapshots(snapshots).filter((entry, i, all) => all[i + 1]?.day !== entry.day);
  const totals = dated.map((entry) => areasBySide(entry.snapshot));
  const lines = ORDER.map(([side, country]) => ({
    key: `${side}-${country}`,
    label: `${SIDES[side]} in ${PLACES[country]}`,
    colour: COLOURS[side][country],
    km2: totals.map((total) => total[side][country]),
  })).filter((line) => line.km2.some((km2) => km2 >= NONZERO_KM2));
  return {
    days: dated.map((entry) => entry.day),
    sources: dated.map((entry) => entry.snapshot.source),
    lines,
  };
}
