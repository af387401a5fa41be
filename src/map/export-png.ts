import type { Map as MapLibreMap } from 'maplibre-gl';

/** One legend entry burned into the image: a swatch (dashed edge for losses) and its words. */
export interface PngLegendEntry {
  colour: string;
  label: string;
  dashed?: boolean;
}

/** What is written over the map: a heading (title first), the legend and the attribution. */
export interface PngOverlay {
  heading: readonly string[];
  legend: readonly PngLegendEntry[];
  attribution: string;
}

const FONT = '"Noto Sans", sans-serif';
const PAD = 8;
const BOX = 'rgba(255, 255, 255, 0.92)';
const INK = '#1c1d1f';

/** The map's next frame, copied while its drawing buffer still holds it. */
function captureFrame(map: MapLibreMap, target: CanvasRenderingContext2D): Promise<void> {
  return new Promise((resolve) => {
    map.once('render', () => {
      target.drawImage(map.getCanvas(), 0, 0);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** A white box of `lines` anchored at (x, y), the first line bold when `bold`; returns its height. */
function textBox(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  at: { x: number; y: number; anchor: 'top-left' | 'bottom-right' },
  size: number,
  bold = false,
): number {
  const lineHeight = Math.round(size * 1.35);
  const fontOf = (i: number) => `${bold && i === 0 ? 'bold ' : ''}${size}px ${FONT}`;
  const width = Math.max(
    ...lines.map((line, i) => {
      ctx.font = fontOf(i);
      return ctx.measureText(line).width;
    }),
  );
  const height = lines.length * lineHeight + PAD * 2;
  const x = at.anchor === 'top-left' ? at.x : at.x - width - PAD * 2;
  const y = at.anchor === 'top-left' ? at.y : at.y - height;
  ctx.fillStyle = BOX;
  ctx.fillRect(x, y, width + PAD * 2, height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => {
    ctx.font = fontOf(i);
    ctx.fillText(line, x + PAD, y + PAD + i * lineHeight);
  });
  return height;
}

/** The legend box in the bottom-left corner, its foot at `bottom`: one swatch and label per entry. */
function legendBox(
  ctx: CanvasRenderingContext2D,
  entries: readonly PngLegendEntry[],
  bottom: number,
) {
  const size = 12;
  const lineHeight = 18;
  ctx.font = `${size}px ${FONT}`;
  const width = Math.max(...entries.map((entry) => ctx.measureText(entry.label).width)) + 24;
  const boxHeight = entries.length * lineHeight + PAD * 2;
  const x = PAD;
  const y = bottom - boxHeight;
  ctx.fillStyle = BOX;
  ctx.fillRect(x, y, width + PAD * 2, boxHeight);
  ctx.textBaseline = 'middle';
  entries.forEach((entry, i) => {
    const mid = y + PAD + i * lineHeight + lineHeight / 2;
    ctx.fillStyle = entry.colour;
    ctx.globalAlpha = 0.45;
    ctx.fillRect(x + PAD, mid - 5, 16, 10);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = entry.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(entry.dashed ? [3, 2] : []);
    ctx.strokeRect(x + PAD, mid - 5, 16, 10);
    ctx.setLineDash([]);
    ctx.fillStyle = INK;
    ctx.fillText(entry.label, x + PAD + 24, mid);
  });
}

/**
 * The map as the reader sees it, as a PNG of the map's own size: the current frame with the
 * heading (title, date or dates, view), the legend and the attribution written over it.
 */
export async function mapPng(map: MapLibreMap, overlay: PngOverlay): Promise<Blob> {
  const source = map.getCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  await captureFrame(map, ctx);
  // Overlay text at CSS pixel size, whatever the device pixel ratio.
  const scale = source.clientWidth > 0 ? source.width / source.clientWidth : 1;
  ctx.save();
  ctx.scale(scale, scale);
  const width = source.width / scale;
  const height = source.height / scale;
  textBox(ctx, overlay.heading, { x: PAD, y: PAD, anchor: 'top-left' }, 14, true);
  if (overlay.legend.length > 0) legendBox(ctx, overlay.legend, height);
  textBox(
    ctx,
    [overlay.attribution],
    { x: width - PAD, y: height - PAD, anchor: 'bottom-right' },
    10,
  );
  ctx.restore();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
