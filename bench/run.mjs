#!/usr/bin/env node
// `pnpm bench`: what the script tag costs a store page, against the least any
// Preact widget costs (the floor), in Debian's Chromium at 4x CPU throttle.
// Not a test: it reports. The root README ("Benchmark") says how to read it.
//   BENCH_RUNS=n        visits per collection-page variant (default 9); the
//                       checkout page gets half, at least 3
//   BENCH_CURVE_RUNS=n  views per cost-curve size (default 5)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { bundleBytes } from './lib/bytes.mjs';
import { measureCurve, summariseCurve } from './lib/curve.mjs';
import { floorRatios, viewFigures } from './lib/figures.mjs';
import { renderReport } from './lib/report.mjs';
import { root, setup } from './lib/setup.mjs';
import { summariseClicks, summariseViews } from './lib/stats.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { visit } from './lib/visits.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CHECKOUT_RUNS = Math.min(RUNS, Math.max(3, Math.ceil(RUNS / 2)));
const CURVE_RUNS = Number(process.env.BENCH_CURVE_RUNS ?? 5);
/** Our variants, measured against the same run's baseline and floor. */
const PAGES = {
  collection: {
    variants: ['baseline', 'floor', 'production', 'reserved', 'demo'],
    clicks: ['floor', 'production'],
    secondView: ['production', 'reserved'],
    runs: RUNS,
  },
  checkout: {
    variants: ['baseline', 'production', 'demo'],
    clicks: [],
    secondView: [],
    runs: CHECKOUT_RUNS,
  },
};
const OURS = ['production', 'reserved', 'demo'];
const started = Date.now();
const log = (line) => console.log(`${line} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

/** Every visit of one run of `page`, its variants in alternating order. */
async function runPage(context, page, spec, run) {
  const order = run % 2 ? [...spec.variants].reverse() : spec.variants;
  const visits = {};
  for (const name of order) {
    visits[name] = await visit(context, {
      page,
      variantName: name,
      clicks: spec.clicks.includes(name),
      secondView: spec.secondView.includes(name),
    });
  }
  return visits;
}

/** The runs of every page; figures are taken against the same run's baseline and floor. */
async function measurePages(context) {
  const figures = {};
  const clicks = {};
  for (let run = 0; run < RUNS; run++) {
    let floor;
    for (const [page, spec] of Object.entries(PAGES)) {
      if (run >= spec.runs) continue;
      const visits = await runPage(context, page, spec, run);
      const of = (view, name, baseline = visits.baseline.first) =>
        viewFigures(view, {
          baseline,
          prefix: context.variants[name].prefix,
          apiOrigin: context.apiOrigin,
        });
      if (visits.floor) floor = of(visits.floor.first, 'floor');
      const add = (key, value) => {
        figures[page] ??= {};
        figures[page][key] ??= [];
        figures[page][key].push(value);
      };
      if (visits.floor) add('floor', floor);
      for (const name of OURS.filter((n) => visits[n])) {
        const first = of(visits[name].first, name);
        add(name, { ...first, ratios: floorRatios(first, floor) });
        if (visits[name].second) add(`${name}:second`, of(visits[name].second, name, null));
      }
      for (const [name, v] of Object.entries(visits)) {
        if (!v.clicks) continue;
        clicks[name] ??= { cold: [], warm: [] };
        clicks[name].cold.push(...v.clicks.cold);
        clicks[name].warm.push(...v.clicks.warm);
      }
    }
    log(`run ${run + 1}/${RUNS} done`);
  }
  return { figures, clicks };
}

const context = await setup();
let results;
try {
  const { figures, clicks } = await measurePages(context);
  const curveSamples = await measureCurve(context, CURVE_RUNS, log);
  const production = [...figures.collection.production, ...figures.collection.reserved];
  const filesOf = (pick) => new Set(production.flatMap(pick));
  results = {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      chromium: context.browser.version(),
      cpus: cpus().length,
      cpuThrottle: 4,
    },
    runs: RUNS,
    checkoutRuns: CHECKOUT_RUNS,
    curveRuns: CURVE_RUNS,
    bytes: bundleBytes(context.dist, {
      beforeInteraction: filesOf((f) => f.scriptFiles),
      bySettle: filesOf((f) => f.settledScriptFiles),
    }),
    views: Object.fromEntries(
      Object.entries(figures).map(([page, byVariant]) => [
        page,
        Object.fromEntries(
          Object.entries(byVariant).map(([name, runs]) => [name, summariseViews(runs)]),
        ),
      ]),
    ),
    clicks: summariseClicks(clicks),
    rawClicks: clicks,
    curve: { ...summariseCurve(curveSamples), samples: curveSamples },
  };
  results.targets = evaluateTargets(results);
} finally {
  await context.teardown();
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${renderReport(results)}\n`);
log('bench/results/latest.json written');
