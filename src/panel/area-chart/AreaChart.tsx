import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { formatDayShort } from '../../data/dates';
import { claimantName, type EvidenceIndex } from '../../evidence/evidence-index';
import { useAppStore } from '../../state/store-context';
import {
  AREA_SERIES_FILE,
  areaSeriesFileSchema,
  type AreaSeriesFile,
} from '../../zones/area-series-file';
import { SourceList } from '../SourceCitation';
import {
  alignedColumns,
  CHART_LINES,
  chartLines,
  chartRange,
  figureClaimants,
  figurePoints,
  importedIndexAt,
  plotLabel,
  POINT_COLOURS,
  valuesAt,
  type FigurePoint,
} from './chart-data';
import type { ImportedSeries } from './imported-series';
import './area-chart.css';

const UPlotChart = lazy(() => import('./UPlotChart'));

type SeriesState =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; file: AreaSeriesFile };

/** Fetches and checks area-series.json once the chart mounts; the first paint does not wait. */
function useAreaSeriesFile(): SeriesState {
  const [state, setState] = useState<SeriesState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}data/${AREA_SERIES_FILE}`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error())))
      .then((json: unknown) => {
        const parsed = areaSeriesFileSchema.safeParse(json);
        if (live)
          setState(parsed.success ? { status: 'ready', file: parsed.data } : { status: 'error' });
      })
      .catch(() => {
        if (live) setState({ status: 'error' });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * The user's imported snapshots as chart lines, or null when there are none. The code that
 * reads snapshots loads only then, in a chunk of its own.
 */
function useImportedSeries(): ImportedSeries | null {
  const snapshots = useAppStore((state) => state.importedSnapshots);
  const [computed, setComputed] = useState<{ from: unknown; series: ImportedSeries } | null>(null);
  useEffect(() => {
    if (snapshots.length === 0) return;
    let live = true;
    void import('./imported-series').then(({ importedSeries }) => {
      if (live) setComputed({ from: snapshots, series: importedSeries(snapshots) });
    });
    return () => {
      live = false;
    };
  }, [snapshots]);
  const series = computed?.from === snapshots ? computed.series : null;
  return series && series.lines.length > 0 ? series : null;
}

/**
 * Derived km² held in Kursk oblast through time for the claims view, beside the published figures.
 * The plot (uPlot) loads lazily; the caption, the values on the selected day and a table stand
 * in for it for screen readers and while it loads. Clicking or dragging on it sets the date.
 */
export function AreaChart({ day, index }: { day: number; index: EvidenceIndex }) {
  const view = useAppStore((state) => state.view);
  const setDay = useAppStore((state) => state.setDay);
  const series = useAreaSeriesFile();
  const imported = useImportedSeries();
  const [figure, setFigure] = useState<FigurePoint | null>(null);

  const file = series.status === 'ready' ? series.file : null;
  const lines = useMemo(() => chartLines(file?.views[view]), [file, view]);
  const points = useMemo(() => figurePoints(index.dataset.areaFigures), [index]);
  const claimants = useMemo(
    () => figureClaimants(points).map((id) => ({ id, label: plotLabel(claimantName(index, id)) })),
    [points, index],
  );
  const range = useMemo(() => chartRange(lines, points, imported), [lines, points, imported]);
  const columns = useMemo(
    () =>
      range
        ? alignedColumns(
            lines,
            points,
            claimants.map((c) => c.id),
            range.max,
            imported,
          )
        : [],
    [lines, points, claimants, range, imported],
  );
  const now = valuesAt(lines, day);
  const viewName = view === 'all' ? 'all claimants combined' : claimantName(index, view);
  const summary = now
    ? CHART_LINES.map(
        (line) =>
          `${line.label} ${Math.round(now[line.key].km2).toLocaleString('en-GB')} km² (${now[line.key].settlements})`,
      ).join(' · ')
    : 'no derived area on this date';

  return (
    <details className="ep-section ep-area ac" open data-testid="area-chart">
      <summary>
        <h2>Area held in Kursk oblast through time</h2>
      </summary>
      <p className="ep-muted" id="area-chart-caption">
        Derived from the claims ({viewName}): the cells of the settlements each side is said to
        hold, not a front line. Dashed: implied by a “liberated” claim. Dots: figures as published
        by each claimant, not verified. Click or drag to set the date.
        {imported &&
          ' Dotted with hollow marks: the assessed maps you imported (not the project’s data), km² in Kursk and in Sumy oblast on each snapshot’s date.'}
      </p>
      <p className="ac-now" aria-live="polite" data-testid="area-chart-now">
        {formatDayShort(day)}: {summary}
        <span className="ep-muted"> (settlements in brackets)</span>
      </p>
      {imported && <ImportedNow imported={imported} day={day} />}
      {series.status === 'loading' && <p className="ep-muted">Loading the area series…</p>}
      {series.status === 'error' && (
        <p className="ep-notice" role="status">
          The area series could not be loaded.
        </p>
      )}
      {file && range && (
        <Suspense fallback={<p className="ep-muted">Loading the chart…</p>}>
          <div
            role="img"
            aria-labelledby="area-chart-caption"
            aria-describedby="area-chart-now"
            className="ac-figure"
          >
            <UPlotChart
              columns={columns}
              claimants={claimants}
              points={points}
              imported={imported}
              range={range}
              day={day}
              onDay={setDay}
              onFigure={setFigure}
            />
          </div>
        </Suspense>
      )}
      {file && range && <ChartLegend claimants={claimants} imported={imported} />}
      {figure && (
        <div className="ep-card ac-figure-source" data-testid="area-chart-figure">
          <p>
            {formatDayShort(figure.day)}: {claimantName(index, figure.claimant)} reported about{' '}
            {figure.km2.toLocaleString('en-GB')} km²
          </p>
          <SourceList ids={figure.sources} index={index} />
        </div>
      )}
      {file && <AreaTable lines={lines} />}
    </details>
  );
}

/** The imported assessment in force on `day`: its km² per side and oblast (those above 0). */
function ImportedNow({ imported, day }: { imported: ImportedSeries; day: number }) {
  const i = importedIndexAt(imported, day);
  const snapshotDay = imported.days[i];
  const held = imported.lines
    .map((line) => ({ label: line.label, km2: line.km2[i] ?? 0 }))
    .filter((line) => line.km2 >= 0.05)
    .map(
      (line) =>
        `${line.label} ${line.km2.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km²`,
    );
  return (
    <p className="ac-now" aria-live="polite" data-testid="area-chart-imported">
      <strong>Assessed, imported by you: </strong>
      {snapshotDay === undefined
        ? 'no imported snapshot on or before this date'
        : `${held.length > 0 ? held.join(' · ') : 'no area in Kursk or Sumy oblast'} (snapshot of ${formatDayShort(snapshotDay)}, ${imported.sources[i]})`}
    </p>
  );
}

/** The lines' and points' key, as HTML so it wraps in a narrow panel. */
function ChartLegend({
  claimants,
  imported,
}: {
  claimants: readonly { id: string; label: string }[];
  imported: ImportedSeries | null;
}) {
  return (
    <ul className="ac-legend" aria-label="Key" data-testid="area-chart-legend">
      {CHART_LINES.map((line) => (
        <li key={line.key}>
          <span
            aria-hidden="true"
            className="ac-swatch ac-swatch--line"
            style={{
              borderTopColor: line.colour,
              borderTopStyle: line.implied ? 'dashed' : 'solid',
            }}
          />
          {line.label}
        </li>
      ))}
      {claimants.map((claimant, i) => (
        <li key={claimant.id}>
          <span
            aria-hidden="true"
            className="ac-swatch ac-swatch--point"
            style={{ background: POINT_COLOURS[i % POINT_COLOURS.length] }}
          />
          {claimant.label}, published
        </li>
      ))}
      {imported?.lines.map((line) => (
        <li key={line.key} className="ac-legend__imported">
          <span
            aria-hidden="true"
            className="ac-swatch ac-swatch--line"
            style={{ borderTopColor: line.colour, borderTopStyle: 'dotted' }}
          />
          {line.label}, assessed, imported by you
        </li>
      ))}
    </ul>
  );
}

/** The derived values at each change day, as a table: the chart's text alternative. */
function AreaTable({ lines }: { lines: ReturnType<typeof chartLines> }) {
  return (
    <details className="ac-table">
      <summary>Table of the derived areas</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">From</th>
            {CHART_LINES.map((line) => (
              <th key={line.key} scope="col">
                {line.label}, km²
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.days.map((changeDay, i) => (
            <tr key={changeDay}>
              <th scope="row">{formatDayShort(changeDay)}</th>
              {CHART_LINES.map((line) => (
                <td key={line.key}>{Math.round(lines.values[line.key][i]?.km2 ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
