const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/** "1 settlement", "1,200 settlements": a count with its noun in the right number. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${COUNT_FORMAT.format(count)} ${count === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
