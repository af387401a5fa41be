/** Median and 95th percentile of a sample, the two numbers every benchmark row reports. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
}

/** Nearest-rank percentile, so a reported value is always one that was actually measured. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Summarises a sample; the median of an even sample is the mean of the two middle values. */
export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? Number.NaN)
      : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
  return { n: sorted.length, median: round(median), p95: round(percentile(sorted, 95)) };
}

/** Two decimals: finer than the timer's jitter, coarse enough to read. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Left-aligned plain-text table for the terminal. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
