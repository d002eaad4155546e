// The console's Markdown tables: the targets first (target, measured, met),
// then the figures behind them: bytes, the first and second views per
// variant, clicks, the cost curve.
import { bytes, count, medianP95, ms, ratio, spread, table, times, verdict } from './format.mjs';

function targetsTable(targets) {
  return table(
    ['target (issue 18)', 'measured: median (min–max)', ''],
    targets.map((t) => [t.target, t.measured, verdict(t.met)]),
  );
}

function bytesTable(b) {
  return table(
    ['what', 'raw / gzip / brotli'],
    [
      ['entry `loyaltykit.js`', bytes(b.entry)],
      [
        `collection page, by the time its widgets settled (${b.bySettle.files.join(', ')})`,
        bytes(b.bySettle),
      ],
      [
        `… before interaction, up to 8 s (${b.beforeInteraction.files.join(', ')})`,
        bytes(b.beforeInteraction),
      ],
      ['… after the first open (+ panel)', bytes(b.withPanel)],
      ['every production file (4 locales)', bytes(b.allProduction)],
      ['demo chunk', bytes(b.demo)],
    ],
  );
}

const FIRST_VIEW_ROWS = [
  ['our JS, CPU profile (ms)', (v) => ms(v.summary.ourMs)],
  ['— ratio to floor', (v) => ratio(v.ratios?.ourMs)],
  ['ScriptDuration Δ baseline (ms)', (v) => ms(v.summary.scriptDeltaMs)],
  ['— ratio to floor', (v) => ratio(v.ratios?.scriptDelta)],
  ['TaskDuration Δ baseline (ms)', (v) => ms(v.summary.taskDeltaMs)],
  ['long tasks of ours (mostly our scripts)', (v) => count(v.summary.ourLongTasks)],
  ['— longest (ms)', (v) => ms(v.summary.longestOurTask)],
  ['long frames with a long task of ours', (v) => count(v.summary.longFrames)],
  ['— longest of those frames (ms)', (v) => ms(v.summary.longestFrame)],
  ['— longest long task in them (ms)', (v) => ms(v.summary.longestTask)],
  ['CLS from our nodes', (v) => (v.summary.clsOurs?.n ? v.summary.clsOurs.max.toFixed(4) : '–')],
  ['requests before interaction (no preflights)', (v) => count(v.summary.requests)],
  ['— sent after the widgets settled (until 8 s)', (v) => count(v.summary.lateRequests)],
  ['— chunks (besides the entry)', (v) => count(v.summary.chunks)],
  ['— API requests', (v) => count(v.summary.apiRequests)],
  ['CORS preflights', (v) => count(v.summary.preflights)],
  ['frames from the entry to content in view', (v) => count(v.summary.framesToContent)],
  ['JS heap Δ baseline (KB)', (v) => count(v.summary.heapDeltaKB)],
];

function firstViewTable(views) {
  const columns = [
    ['collection · bare', views.collection.production],
    ['collection · reserved CSS', views.collection.reserved],
    ['collection · demo', views.collection.demo],
    ['collection · floor', views.collection.floor],
    ['checkout · production', views.checkout?.production],
    ['checkout · demo', views.checkout?.demo],
  ];
  return table(
    ['figure', ...columns.map(([label]) => label)],
    FIRST_VIEW_ROWS.map(([label, pick]) => [label, ...columns.map(([, v]) => (v ? pick(v) : '–'))]),
  );
}

const SECOND_VIEW_ROWS = [
  ['our JS, CPU profile (ms)', (v) => ms(v.summary.ourMs)],
  ['scripts from the network (not the HTTP cache)', (v) => count(v.summary.scriptsFromNetwork)],
  ['API requests', (v) => count(v.summary.apiRequests)],
  ['— from the network', (v) => count(v.summary.apiFromNetwork)],
  ['— answered 304', (v) => count(v.summary.api304)],
  ['— body bytes', (v) => count(v.summary.apiBodyBytes)],
  ['programme downloads', (v) => count(v.summary.programmeDownloads)],
  ['CORS preflights', (v) => count(v.summary.preflights)],
  [
    'frames from the entry to content in view (1 = the first)',
    (v) => count(v.summary.framesToContent),
  ],
  ['ms from the entry to content in view', (v) => ms(v.summary.msToContent)],
  ['frames with a placeholder in view', (v) => count(v.summary.placeholderFrames)],
];

function secondViewTable(page) {
  const columns = [
    ['bare · first view', page.production],
    ['bare · second view', page['production:second']],
    ['reserved CSS · first view', page.reserved],
    ['reserved CSS · second view', page['reserved:second']],
  ];
  return table(
    ['figure', ...columns.map(([label]) => label)],
    SECOND_VIEW_ROWS.map(([label, pick]) => [
      label,
      ...columns.map(([, v]) => (v ? pick(v) : '–')),
    ]),
  );
}

function clicksTable(clicks) {
  return table(
    ['open', 'production', 'floor', 'production / floor (medians)', 'Event Timing, production'],
    ['cold', 'warm'].map((kind) => [
      `${kind} (n = ${clicks.production[kind].painted.n})`,
      medianP95(clicks.production[kind].painted),
      medianP95(clicks.floor[kind].painted),
      times(clicks.ratio[kind]),
      clicks.production[kind].eventTiming.n
        ? medianP95(clicks.production[kind].eventTiming)
        : 'all < 16',
    ]),
  );
}

function curveTable(curve) {
  return table(
    [
      'embeds',
      'our JS at load (ms)',
      'scrolling (ms)',
      'per embed, total / n (ms)',
      'long tasks of ours: load / scrolling (longest ms)',
      'long frames of ours: load / scrolling',
      'longest frame (ms)',
      'longest task (ms)',
    ],
    curve.sizes.map((s) => [
      s.cards,
      ms(s.loadMs),
      ms(s.scrollMs),
      spread(s.perEmbedMs, 2),
      `${count(s.ourTasksAtLoad)} / ${count(s.ourTasksScrolling)} (${ms(s.longestOurTask)})`,
      `${count(s.longFramesAtLoad)} / ${count(s.longFramesScrolling)}`,
      ms(s.longestFrame),
      ms(s.longestTask),
    ]),
  );
}

export function renderReport(results) {
  const { bytes: b, views, clicks, curve, targets } = results;
  return [
    `## Targets, production mode, 4x CPU, ${results.runs} runs\n\n${targetsTable(targets)}`,
    `## Bytes\n\n${bytesTable(b)}`,
    `## First view (cold caches), before interaction: median (min–max)\n\n${firstViewTable(views)}`,
    `## Second view of the visit (same context, next page), collection page\n\n${secondViewTable(views.collection)}`,
    `## Launcher click → panel painted, collection page (ms, median / p95)\n\n${clicksTable(clicks)}`,
    `## Cost curve, bare paste, ${results.curveRuns} runs: load, then scrolled to the end\n\n${curveTable(curve)}\n\nms per added embed: ${curve.slopes.map((s) => `${s.from} → ${s.to}: ${s.msPerEmbed.toFixed(2)}`).join('; ')}; last / previous ${times(curve.growth)}.`,
  ].join('\n\n');
}
