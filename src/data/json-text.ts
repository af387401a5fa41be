/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse's message with the line and column of the error, so a contributor can jump to it.
 * Chromium and Node 22 name them already; Node 20 (and other engines) give only "at position N",
 * or nothing for an unexpected end, so they are computed from the position here.
 */
export function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/\bline \d+ column \d+/.test(message)) return message;
  const position = /at position (\d+)/.exec(message)?.[1];
  const offset =
    position !== undefined
      ? Number(position)
      : /end of (JSON )?input/i.test(message)
        ? text.length
        : null;
  if (offset === null) return message;
  const { line, column } = lineAndColumn(text, offset);
  return `${message} (line ${line} column ${column})`;
}
