#!/usr/bin/env node
// `pnpm bench`: what the script tag costs a store page, against the least any
// Preact widget costs (the floor), in Debian's Chromium at 4x CPU throttle.
// Not a test: it reports. The root README ("Benchmark") says how to read it.
//   BENCH_RUNS=n  loads per product-page variant (default 10: each production
//                 load also gives one cold click); the checkout page gets half, at least 5.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { bundleBytes } from './lib/bytes.mjs';
import { floorRatios, loadFigures } from './lib/figures.mjs';
import { loadPage, timeOpen } from './lib/measure.mjs';
import { renderReport } from './lib/report.mjs';
import { root, setup } from './lib/setup.mjs';
import { summariseClicks, summariseLoads } from './lib/stats.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHECKOUT_RUNS = Math.max(5, Math.ceil(RUNS / 2));
const WARM_OPENS = 2;
const PAGES = [
  {
    name: 'product',
    variants: ['baseline', 'floor', 'production', 'demo'],
    clicks: true,
    runs: RUNS,
  },
  {
    name: 'checkout',
    variants: ['baseline', 'production', 'demo'],
    clicks: false,
    runs: CHECKOUT_RUNS,
  },
];
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

async function clicksOn(page, variant, samples) {
  samples.cold.push(await timeOpen(page, variant.clicks));
  for (let i = 0; i < WARM_OPENS; i++) {
    await variant.clicks.close(page);
    await page.waitForTimeout(300);
    samples.warm.push(await timeOpen(page, variant.clicks));
  }
}

/** Every run of every page variant; figures are taken against the same run's baseline and floor. */
async function measureAll({ browser, variants, storeOrigin, ourOrigins }) {
  const perRun = {
    product: { production: [], demo: [] },
    checkout: { production: [], demo: [] },
    floor: [],
  };
  const clicks = {
    floor: { cold: [], warm: [] },
    production: { cold: [], warm: [] },
    demo: { cold: [], warm: [] },
  };
  const requestedFiles = new Set();
  for (let run = 0; run < RUNS; run++) {
    let floor;
    for (const spec of PAGES) {
      if (run >= spec.runs) continue;
      // Alternate the order, so nothing systematic favours the first load of a run.
      const order = run % 2 ? [...spec.variants].reverse() : spec.variants;
      const loads = {};
      for (const name of order) {
        const variant = variants[name];
        const url = `${storeOrigin}/${spec.name}.html?variant=${name}`;
        const { page, load, close } = await loadPage(browser, {
          url,
          ready: variant.ready,
          ourOrigins,
        });
        loads[name] = load;
        if (spec.clicks && variant.clicks) await clicksOn(page, variant, clicks[name]);
        await close();
      }
      if (loads.floor) {
        floor = loadFigures(loads.floor, loads.baseline, variants.floor.prefix);
        perRun.floor.push(floor);
      }
      for (const mode of ['production', 'demo']) {
        const figures = loadFigures(loads[mode], loads.baseline, variants[mode].prefix);
        perRun[spec.name][mode].push({ ...figures, ratios: floorRatios(figures, floor) });
        if (mode === 'production') {
          for (const line of figures.requestUrls) requestedFiles.add(line.split('/').at(-1));
        }
      }
    }
    console.log(`run ${run + 1}/${RUNS} done (${seconds()} s)`);
  }
  return { perRun, clicks, requestedFiles };
}

const context = await setup();
let results;
try {
  const { perRun, clicks, requestedFiles } = await measureAll(context);
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
    bytes: bundleBytes(context.dist, (file) => requestedFiles.has(file)),
    loads: {
      product: {
        production: summariseLoads(perRun.product.production),
        demo: summariseLoads(perRun.product.demo),
      },
      checkout: {
        production: summariseLoads(perRun.checkout.production),
        demo: summariseLoads(perRun.checkout.demo),
      },
      floor: summariseLoads(perRun.floor),
    },
    clicks: summariseClicks(clicks),
    rawClicks: clicks,
  };
  results.targets = evaluateTargets(results);
} finally {
  await context.teardown();
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${renderReport(results)}\n`);
console.log(`bench/results/latest.json written; ${seconds()} s in all.`);
