/** The benchmark's table: one row per figure, one column per talk length, so the cost per slide reads across. */

/** The range of runs, "(93-96)"; with `withMedian`, the median before it, "95 (93-96)". */
export function spread(values: readonly number[], withMedian = false): string {
  // A run that failed (Lighthouse found no first paint, say) has no figure; it is counted, not ranged.
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const failed = values.length - sorted.length;
  const range = `${sorted.length > 1 ? `(${sorted[0]}-${sorted.at(-1)})` : ''}${failed > 0 ? ` ${failed} failed` : ''}`.trim();
  if (!withMedian) return range;
  return `${sorted[Math.floor(sorted.length / 2)]} ${range}`.trim();
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
}
