export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** `list` rotated left by `k`: repetition k runs the variants in this order, so drift in the machine spreads over all of them. */
export function rotate<T>(list: readonly T[], k: number): T[] {
  const n = list.length;
  return list.map((_, i) => list[(i + k) % n]);
}

/** A plain text table: the first row is the header; columns are right-aligned except the first. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export const fmt = {
  ms: (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-'),
  pct: (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '-'),
  x: (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)}x` : '-'),
  us: (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-'),
  mb: (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-'),
};
