// Small-sample statistics for the report: the median and the spread (min–max)
// say more over 5–10 runs than a mean would; p95 for the click samples.
const sorted = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  const s = sorted(values);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function summarise(values) {
  const s = sorted(values);
  if (s.length === 0) return { n: 0 };
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { n: s.length, median, min: s[0], max: s.at(-1), p95: percentile(s, 95) };
}

/** Per-figure summaries of every numeric figure (and ratio) of a variant's runs. */
export function summariseViews(runs) {
  const keys = (pick) => [
    ...new Set(
      runs.flatMap((r) =>
        Object.entries(pick(r) ?? {})
          .filter(([, v]) => typeof v === 'number' || v === null)
          .map(([k]) => k),
      ),
    ),
  ];
  const over = (pick) =>
    Object.fromEntries(keys(pick).map((k) => [k, summarise(runs.map((r) => pick(r)?.[k]))]));
  return {
    summary: over((r) => r),
    ratios: runs.some((r) => r.ratios) ? over((r) => r.ratios) : undefined,
    perRun: runs,
  };
}

/** Cold and warm opens per variant, and production's medians as ratios to the floor's. */
export function summariseClicks(samples) {
  const result = {};
  for (const [variant, kinds] of Object.entries(samples)) {
    result[variant] = {};
    for (const [kind, list] of Object.entries(kinds)) {
      result[variant][kind] = {
        painted: summarise(list.map((s) => s.painted)),
        eventTiming: summarise(list.map((s) => s.eventTiming)),
      };
    }
  }
  result.ratio = Object.fromEntries(
    ['cold', 'warm'].map((kind) => [
      kind,
      result.production[kind].painted.median / result.floor[kind].painted.median,
    ]),
  );
  return result;
}
