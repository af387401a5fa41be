import { runCheckData } from '../check-data-run';
import { summarise, type Summary } from './stats';

/** Wall time of the data-check CLI's work (read, validate, report), run in-process. */
export function timeDataCheck(
  args: string[],
  runs: number,
): Summary & { exitCode: number; lastLine: string } {
  const times: number[] = [];
  let exitCode = 0;
  let lastLine = '';
  for (let i = 0; i < runs; i += 1) {
    const lines: string[] = [];
    const sink = (line: string) => lines.push(line);
    const started = performance.now();
    exitCode = runCheckData(args, { log: sink, error: sink });
    times.push(performance.now() - started);
    lastLine = lines.at(-1) ?? '';
  }
  return { ...summarise(times), exitCode, lastLine };
}
