// The console's Markdown tables: bytes, load figures per page and mode with
// their ratios to the floor, clicks; each production figure against its target.
const ms = (s) => (s?.n ? `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '–');
const num = (s, digits = 0) =>
  s?.n ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '–';
const ratio = (s) =>
  s?.n ? `${s.median.toFixed(2)}x (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '–';
const p95 = (s) => (s?.n ? `${s.median.toFixed(0)} / ${s.p95.toFixed(0)}` : '–');
/** Event Timing only reports interactions of 16 ms or more. */
const eventP95 = (s) => (s?.n ? p95(s) : 'all < 16');
const bytes = (b) => `${b.raw} / ${b.gzip} / ${b.brotli}`;
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : '**missed**');
const row = (cells) => `| ${cells.join(' | ')} |`;

function table(header, rows) {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

export function renderReport(results) {
  const { bytes: b, loads, clicks, targets } = results;
  const columns = [
    'product · production',
    'checkout · production',
    'product · demo',
    'checkout · demo',
    'floor',
  ];
  const cells = (pick) =>
    [
      loads.product.production,
      loads.checkout.production,
      loads.product.demo,
      loads.checkout.demo,
      loads.floor,
    ].map((l) => (l ? pick(l) : '–'));
  const target = (key) => targets.find((t) => t.key === key);
  const withTarget = (label, key, pick) => {
    const t = target(key);
    return [label, ...cells(pick), t ? t.text : '', verdict(t?.met)];
  };

  const sections = [
    `## Bytes (raw / gzip / brotli)\n\n${table(
      ['what', 'bytes'],
      [
        ['entry `loyaltykit.js`', bytes(b.entry)],
        [
          `production, before interaction (${b.beforeInteraction.files.join(', ')})`,
          bytes(b.beforeInteraction),
        ],
        ['production, after the first open (+ panel)', bytes(b.withPanel)],
        ['every production file (4 locales)', bytes(b.allProduction)],
        ['demo chunk', bytes(b.demo)],
      ],
    )}`,
    `## Load, 4x CPU, ${results.runs} runs: median (min–max)\n\n${table(
      ['figure', ...columns, 'target (production)', ''],
      [
        withTarget('main thread, LoAF script attribution (ms)', 'loaf', (l) =>
          ms(l.summary.loafScriptMs),
        ),
        withTarget('— ratio to floor', 'loafRatio', (l) => ratio(l.ratios?.loafScript)),
        withTarget('main thread, CDP ScriptDuration Δ baseline (ms)', 'script', (l) =>
          ms(l.summary.scriptDeltaMs),
        ),
        withTarget('— ratio to floor', 'scriptRatio', (l) => ratio(l.ratios?.scriptDelta)),
        withTarget('all main-thread tasks, TaskDuration Δ (ms)', 'task', (l) =>
          ms(l.summary.taskDeltaMs),
        ),
        withTarget('long tasks ≥ 50 ms caused by us', 'longTasks', (l) => num(l.summary.longTasks)),
        withTarget('CLS from our nodes', 'cls', (l) => num(l.summary.clsOurs, 4)),
        withTarget('requests to our origins before interaction', 'requests', (l) =>
          num(l.summary.requests),
        ),
        withTarget('— plus CORS preflights', 'preflights', (l) => num(l.summary.preflights)),
        withTarget('JS heap Δ baseline (KB)', 'heap', (l) => num(l.summary.heapDeltaKB)),
      ],
    )}`,
    `## Launcher click → panel painted, product page (ms, median / p95)\n\n${table(
      ['open', 'production', 'demo', 'floor', 'production / floor (median)', 'target', ''],
      ['cold', 'warm'].map((kind) => {
        const t = target(`click-${kind}`);
        const tr = target(`clickRatio-${kind}`);
        return [
          `${kind} (n = ${clicks.production?.[kind].painted.n ?? 0})`,
          p95(clicks.production?.[kind].painted),
          p95(clicks.demo?.[kind].painted),
          p95(clicks.floor?.[kind].painted),
          clicks.ratio?.[kind] ? `${clicks.ratio[kind].toFixed(2)}x` : '–',
          `${t?.text ?? ''}; ${tr?.text ?? ''}`,
          verdict(t && tr ? t.met && tr.met : undefined),
        ];
      }),
    )}\n\nEvent Timing of the same clicks (input → next paint, as INP counts it), median / p95: production cold ${eventP95(clicks.production?.cold.eventTiming)}, warm ${eventP95(clicks.production?.warm.eventTiming)}; floor cold ${eventP95(clicks.floor?.cold.eventTiming)}, warm ${eventP95(clicks.floor?.warm.eventTiming)}.`,
  ];
  return sections.join('\n\n');
}
