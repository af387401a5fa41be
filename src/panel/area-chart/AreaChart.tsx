import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { formatDay, formatNumber } from '../../i18n/format';
import { useLang, useT, useWords } from '../../i18n/use-t';
import { claimantName, type EvidenceIndex } from '../../evidence/evidence-index';
import { useAppStore } from '../../state/store-context';
import { fetchAreaSeries } from '../../zones/area-series-file';
import type { AreaSeriesFile } from '../../zones/area-series-schema';
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
    void fetchAreaSeries(import.meta.env.BASE_URL).then((file) => {
      if (live) setState(file ? { status: 'ready', file } : { status: 'error' });
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
  const t = useT();
  const [computed, setComputed] = useState<{ from: unknown; series: ImportedSeries } | null>(null);
  useEffect(() => {
    if (snapshots.length === 0) return;
    let live = true;
    void import('./imported-series').then(({ importedSeries }) => {
      if (live) setComputed({ from: snapshots, series: importedSeries(snapshots, t) });
    });
    return () => {
      live = false;
    };
  }, [snapshots, t]);
  const series = computed?.from === snapshots ? computed.series : null;
  return series && series.lines.length > 0 ? series : null;
}

/**
 * Derived km² held in Kursk oblast through time for the claims view, beside the published figures.
 * The plot (uPlot) loads lazily; the caption, the values on the selected day and a table stand
 * in for it for screen readers and while it loads. Clicking or dragging on it sets the date.
 */
export function AreaChart({ day, index }: { day: number; index: EvidenceIndex }) {
  const words = useWords();
  const { t, lang } = words;
  const view = useAppStore((state) => state.view);
  const setDay = useAppStore((state) => state.setDay);
  // The plot (uPlot and its canvas) waits for the map's first view; the text above stands in.
  const plotNow = useAppStore((state) => state.firstViewDrawn);
  const loadingPlot = <p className="ep-muted">{t('chart.loadingChart')}</p>;
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
  const viewName = view === 'all' ? t('chart.viewAll') : claimantName(index, view);
  const summary = now
    ? CHART_LINES.map((line) =>
        t('chart.value', {
          line: t(`chart.line.${line.key}`),
          km2: formatNumber(Math.round(now[line.key].km2), lang),
          settlements: now[line.key].settlements,
        }),
      ).join(' · ')
    : t('chart.noValue');

  return (
    <details className="ep-section ep-area ac" open data-testid="area-chart">
      <summary>
        <h2>{t('chart.heading')}</h2>
      </summary>
      <p className="ep-muted" id="area-chart-caption">
        {t('chart.caption', { view: viewName })}
        {imported && t('chart.importedCaption')}
      </p>
      <p className="ac-now" aria-live="polite" data-testid="area-chart-now">
        {words.day(day)}: {summary}
        <span className="ep-muted"> {t('chart.bracketsNote')}</span>
      </p>
      {imported && <ImportedNow imported={imported} day={day} />}
      {series.status === 'loading' && <p className="ep-muted">{t('chart.loadingSeries')}</p>}
      {series.status === 'error' && (
        <p className="ep-notice" role="status">
          {t('chart.seriesError')}
        </p>
      )}
      {file && range && !plotNow && loadingPlot}
      {file && range && plotNow && (
        <Suspense fallback={loadingPlot}>
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
            {words.day(figure.day)}:{' '}
            {t('chart.figureReported', {
              claimant: claimantName(index, figure.claimant),
              km2: formatNumber(figure.km2, lang),
            })}
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
  const t = useT();
  const lang = useLang();
  const i = importedIndexAt(imported, day);
  const snapshotDay = imported.days[i];
  const held = imported.lines
    .map((line) => ({ label: line.label, km2: line.km2[i] ?? 0 }))
    .filter((line) => line.km2 >= 0.05)
    .map((line) => `${line.label} ${formatNumber(line.km2, lang, 1)} km²`);
  return (
    <p className="ac-now" aria-live="polite" data-testid="area-chart-imported">
      <strong>{t('chart.imported.heading')}</strong>
      {snapshotDay === undefined
        ? t('chart.imported.none')
        : t('chart.imported.snapshot', {
            held: held.length > 0 ? held.join(' · ') : t('chart.imported.noArea'),
            date: formatDay(snapshotDay, lang),
            source: imported.sources[i] ?? '',
          })}
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
  const t = useT();
  return (
    <ul className="ac-legend" aria-label={t('chart.key')} data-testid="area-chart-legend">
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
          {t(`chart.line.${line.key}`)}
        </li>
      ))}
      {claimants.map((claimant, i) => (
        <li key={claimant.id}>
          <span
            aria-hidden="true"
            className="ac-swatch ac-swatch--point"
            style={{ background: POINT_COLOURS[i % POINT_COLOURS.length] }}
          />
          {t('chart.published', { claimant: claimant.label })}
        </li>
      ))}
      {imported?.lines.map((line) => (
        <li key={line.key} className="ac-legend__imported">
          <span
            aria-hidden="true"
            className="ac-swatch ac-swatch--line"
            style={{ borderTopColor: line.colour, borderTopStyle: 'dotted' }}
          />
          {t('chart.imported.legend', { line: line.label })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The derived values at each change day, as a table: the chart's text alternative. Its rows are
 * rendered once it is opened: at scale they were 1,800 elements laid out while the map loaded.
 */
function AreaTable({ lines }: { lines: ReturnType<typeof chartLines> }) {
  const words = useWords();
  const { t } = words;
  const [open, setOpen] = useState(false);
  return (
    <details className="ac-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('chart.table')}</summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chart.from')}</th>
              {CHART_LINES.map((line) => (
                <th key={line.key} scope="col">
                  {t('chart.columnKm2', { line: t(`chart.line.${line.key}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.days.map((changeDay, i) => (
              <tr key={changeDay}>
                <th scope="row">{words.day(changeDay)}</th>
                {CHART_LINES.map((line) => (
                  <td key={line.key}>{Math.round(lines.values[line.key][i]?.km2 ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
