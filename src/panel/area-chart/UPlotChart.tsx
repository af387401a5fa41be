import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { CHART_LINES, daySeconds, POINT_COLOURS, type FigurePoint } from './chart-data';
import { dateNames } from '../../i18n/format';
import type { Lang } from '../../i18n/langs';
import { useLang } from '../../i18n/use-t';
import type { ImportedSeries } from './imported-series';

/** What the lazily loaded uPlot chart draws and reports. */
export interface UPlotChartProps {
  /**
   * uPlot aligned columns (see `alignedColumns`): x, the four lines, one column per claimant,
   * one per imported line.
   */
  columns: (number | null)[][];
  /** Claimants with a points column, in column order, and their labels. */
  claimants: readonly { id: string; label: string }[];
  points: readonly FigurePoint[];
  /** The user's imported assessments, drawn dotted with a hollow mark on each snapshot's day. */
  imported: ImportedSeries | null;
  range: { min: number; max: number };
  /** The selected day, drawn as the cursor. */
  day: number;
  onDay: (day: number) => void;
  onFigure: (point: FigurePoint) => void;
}

const HEIGHT = 220;
/** How near (CSS px) a click must be to a published figure to open it rather than set the date. */
const HIT_PX = 10;
/** More snapshots than this and their day marks would merge into a band: the line alone shows. */
const MAX_MARKED_SNAPSHOTS = 60;

/**
 * The area chart itself: uPlot on a canvas, in its own chunk so the first paint does not load it.
 * The cursor is the selected day; a click or drag on the plot reports a day, and a click on a
 * published figure reports that figure.
 */
export default function UPlotChart(props: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const { columns, claimants, imported, range } = props;
  const lang = useLang();
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const chart = new uPlot(
      chartOptions(
        element.clientWidth || 320,
        claimants,
        imported,
        range,
        lang,
        () => latest.current,
      ),
      columns as uPlot.AlignedData,
      element,
    );
    plot.current = chart;
    const stop = bindPointer(chart, () => latest.current);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: element.clientWidth || 320, height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      stop();
      chart.destroy();
      plot.current = null;
    };
  }, [columns, claimants, imported, range, lang]);

  // The cursor is an element over the plot: a date change moves it without redrawing the canvas,
  // whose series (the imported lines among them) do not depend on the day.
  useEffect(() => {
    if (plot.current) placeCursor(plot.current, props.day);
  }, [props.day, columns, claimants, imported, range, lang]);

  return <div ref={host} className="ac-plot" data-testid="area-chart-plot" data-day={props.day} />;
}

function chartOptions(
  width: number,
  claimants: UPlotChartProps['claimants'],
  imported: ImportedSeries | null,
  range: UPlotChartProps['range'],
  lang: Lang,
  current: () => UPlotChartProps,
): uPlot.Options {
  const names = dateNames(lang);
  const stepped = uPlot.paths.stepped?.({ align: 1 });
  return {
    width,
    height: HEIGHT,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    // The time axis's month and weekday names in the interface language.
    fmtDate: (template) => uPlot.fmtDate(template, names),
    scales: {
      x: { time: true, range: [daySeconds(range.min), daySeconds(range.max)] },
      y: { range: (_u, _min, max) => [0, Math.max(100, Math.ceil((max * 1.1) / 100) * 100)] },
    },
    axes: [{}, { label: 'km²', size: 56 }],
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false }, y: false },
    legend: { show: false },
    series: [
      {},
      ...CHART_LINES.map((line) => ({
        label: line.key,
        stroke: line.colour,
        width: line.implied ? 1.5 : 2.5,
        dash: line.implied ? [6, 4] : undefined,
        paths: stepped,
        points: { show: false },
      })),
      ...claimants.map((claimant, i) => ({
        label: `${claimant.label} (published)`,
        stroke: POINT_COLOURS[i % POINT_COLOURS.length],
        fill: POINT_COLOURS[i % POINT_COLOURS.length],
        paths: () => null,
        points: { show: true, size: 9, width: 1, fill: POINT_COLOURS[i % POINT_COLOURS.length] },
      })),
      ...importedOptions(imported, stepped),
    ],
    hooks: {
      draw: [(u) => drawOverlay(u, current())],
      setSize: [(u) => placeCursor(u, current().day)],
    },
  };
}

/** The imported lines: dotted, stepped, a hollow mark on each snapshot's day. */
function importedOptions(
  imported: ImportedSeries | null,
  paths: uPlot.Series.PathBuilder | undefined,
): uPlot.Series[] {
  if (!imported) return [];
  const marked = imported.days.length <= MAX_MARKED_SNAPSHOTS;
  return imported.lines.map((line) => ({
    label: `${line.label} (assessed, imported by you)`,
    stroke: line.colour,
    width: 2,
    dash: [2, 3],
    paths,
    points: {
      show: marked,
      size: 8,
      width: 2,
      fill: '#fff',
      filter: (u: uPlot) => snapshotIndices(u, imported),
    },
  }));
}

/** Indices of the x values that are snapshot days: only those get a mark. */
function snapshotIndices(u: uPlot, imported: ImportedSeries): number[] {
  const days = new Set(imported.days.map(daySeconds));
  return Array.from(u.data[0]).flatMap((x, i) => (days.has(x) ? [i] : []));
}

/**
 * Puts the selected-day cursor (an element in uPlot's overlay, in CSS px) at `day`; hidden when
 * the day is outside the plotted range.
 */
function placeCursor(u: uPlot, day: number) {
  let cursor = u.over.querySelector<HTMLElement>('.ac-cursor');
  if (!cursor) {
    cursor = document.createElement('div');
    cursor.className = 'ac-cursor';
    u.over.append(cursor);
  }
  const x = u.valToPos(daySeconds(day), 'x');
  const inside = x >= 0 && x <= u.bbox.width / devicePixelRatio;
  cursor.hidden = !inside;
  cursor.style.transform = `translateX(${x}px)`;
  u.root.dataset.cursorDay = String(day);
}

/** Each published figure's claimant label. */
function drawOverlay(u: uPlot, props: UPlotChartProps) {
  const { ctx } = u;
  const ratio = devicePixelRatio;
  ctx.save();
  ctx.font = `${11 * ratio}px "Noto Sans", sans-serif`;
  ctx.fillStyle = '#222';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const drawn: { id: string; x: number; y: number }[] = [];
  const labelled = new Set<string>();
  const taken: { left: number; right: number; top: number; bottom: number }[] = [];
  const right = u.bbox.left + u.bbox.width;
  for (const point of props.points) {
    drawn.push({
      id: point.id,
      x: Math.round(u.valToPos(daySeconds(point.day), 'x')),
      y: Math.round(u.valToPos(point.km2, 'y')),
    });
    // Each claimant's first figure is labelled, where the label fits beside it unobscured.
    if (labelled.has(point.claimant)) continue;
    const x = u.valToPos(daySeconds(point.day), 'x', true);
    const y = u.valToPos(point.km2, 'y', true);
    const label = props.claimants.find((c) => c.id === point.claimant)?.label ?? point.claimant;
    const width = ctx.measureText(label).width;
    const left = x + 6 * ratio + width <= right ? x + 6 * ratio : x - 6 * ratio - width;
    const box = { left, right: left + width, top: y - 18 * ratio, bottom: y - 4 * ratio };
    const overlaps = taken.some(
      (t) => box.left < t.right && t.left < box.right && box.top < t.bottom && t.top < box.bottom,
    );
    if (overlaps || box.left < u.bbox.left) continue;
    ctx.fillText(label, box.left, y - 6 * ratio);
    taken.push(box);
    labelled.add(point.claimant);
  }
  ctx.restore();
  // Mirrored for automation: what the canvas shows, figures in CSS px within `.u-over`.
  u.root.dataset.figures = JSON.stringify(drawn);
  const imported = props.imported;
  u.root.dataset.imported = JSON.stringify(
    (imported?.lines ?? []).map((line) => ({
      label: line.label,
      marks: (imported?.days ?? []).map((day, i) => ({
        x: Math.round(u.valToPos(daySeconds(day), 'x')),
        y: Math.round(u.valToPos(line.km2[i] ?? 0, 'y')),
      })),
    })),
  );
}

/** Pointer down, move and up on the plot: drag scrubs the date; a still click picks a figure. */
function bindPointer(u: uPlot, current: () => UPlotChartProps): () => void {
  const over = u.over;
  let down: { x: number; y: number } | null = null;
  const dayAt = (x: number) => {
    const { range } = current();
    const day = Math.round(u.posToVal(x, 'x') / 86_400);
    return Math.min(range.max, Math.max(range.min, day));
  };
  const onDown = (e: PointerEvent) => {
    down = { x: e.offsetX, y: e.offsetY };
    over.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!down || Math.abs(e.offsetX - down.x) < 3) return;
    current().onDay(dayAt(e.offsetX));
  };
  const onUp = (e: PointerEvent) => {
    if (!down) return;
    const still = Math.abs(e.offsetX - down.x) < 3 && Math.abs(e.offsetY - down.y) < 3;
    down = null;
    const hit = still ? nearestFigure(u, current().points, e.offsetX, e.offsetY) : null;
    if (hit) current().onFigure(hit);
    else current().onDay(dayAt(e.offsetX));
  };
  over.addEventListener('pointerdown', onDown);
  over.addEventListener('pointermove', onMove);
  over.addEventListener('pointerup', onUp);
  return () => {
    over.removeEventListener('pointerdown', onDown);
    over.removeEventListener('pointermove', onMove);
    over.removeEventListener('pointerup', onUp);
  };
}

function nearestFigure(
  u: uPlot,
  points: readonly FigurePoint[],
  x: number,
  y: number,
): FigurePoint | null {
  let best: FigurePoint | null = null;
  let bestDistance = HIT_PX;
  for (const point of points) {
    const distance = Math.hypot(
      u.valToPos(daySeconds(point.day), 'x') - x,
      u.valToPos(point.km2, 'y') - y,
    );
    if (distance <= bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}
