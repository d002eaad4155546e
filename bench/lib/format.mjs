// How the report writes numbers: summaries as median (min–max), p95s, bytes, Markdown tables.
const fixed = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

/** A summary (lib/stats.mjs) as "median (min–max)". */
export const spread = (s, digits = 1, unit = '') =>
  s?.n
    ? `${fixed(s.median, digits)}${unit} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`
    : '–';
export const ms = (s) => spread(s, 1);
export const count = (s) => spread(s, 0);
export const ratio = (s) => spread(s, 2, 'x');
export const medianP95 = (s) => (s?.n ? `${fixed(s.median, 0)} / ${fixed(s.p95, 0)}` : '–');
export const times = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : '–');
export const bytes = (b) => (b ? `${b.raw} / ${b.gzip} / ${b.brotli}` : '–');
export const verdict = (ok) => (ok === undefined ? '–' : ok ? 'met' : '**missed**');

const row = (cells) => `| ${cells.join(' | ')} |`;
export function table(header, rows) {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}
