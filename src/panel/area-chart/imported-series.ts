import { datedSnapshots } from '../../importer/layer-features';
import { areasBySide } from '../../importer/summary';
import type { AssessedSide, Oblast, Snapshot } from '../../importer/types';
import type { Translate } from '../../i18n/setup';

/** One line of the user's imported assessments: a side's km² in one oblast, per snapshot. */
interface ImportedLine {
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

/** Side hues as in the derived lines; Sumy oblast a lighter shade of each. */
const COLOURS: Record<AssessedSide, Record<Oblast, string>> = {
  ua: { kursk: '#2166ac', sumy: '#4393c3' },
  ru: { kursk: '#b35806', sumy: '#e08214' },
  unknown: { kursk: '#4d4d4d', sumy: '#8c8c8c' },
};
const ORDER: readonly [AssessedSide, Oblast][] = [
  ['ua', 'kursk'],
  ['ru', 'kursk'],
  ['unknown', 'kursk'],
  ['ru', 'sumy'],
  ['ua', 'sumy'],
  ['unknown', 'sumy'],
];
/** Below this a line is nothing but clipping slivers (1 ha). */
const NONZERO_KM2 = 0.01;

/**
 * km² per side in Kursk and in Sumy oblast of each dated snapshot, for the area chart. Lives in
 * the chart's lazy code: the page loads it only once something has been imported.
 */
export function importedSeries(snapshots: readonly Snapshot[], t: Translate): ImportedSeries {
  const dated = datedSnapshots(snapshots).filter((entry, i, all) => all[i + 1]?.day !== entry.day);
  const totals = dated.map((entry) => areasBySide(entry.snapshot));
  const lines = ORDER.map(([side, oblast]) => ({
    key: `${side}-${oblast}`,
    label: t('chart.imported.line', {
      side: t(`chart.imported.side.${side}`),
      oblast: t(`place.oblast.${oblast}`),
    }),
    colour: COLOURS[side][oblast],
    km2: totals.map((total) => total[side][oblast]),
  })).filter((line) => line.km2.some((km2) => km2 >= NONZERO_KM2));
  return {
    days: dated.map((entry) => entry.day),
    sources: dated.map((entry) => entry.snapshot.source),
    lines,
  };
}
