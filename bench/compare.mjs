#!/usr/bin/env node
// `node bench/compare.mjs <cdn-a> <cdn-b> [runs] [page] [variant]`: two builds of
// the script (each a copy of a build's `packages/embed/dist/cdn`), loaded in
// turns A, B, A, B… at 4x CPU, so a busy machine slows both alike. Prints per
// build the medians of our JS (the benchmark's inclusive figure, and by sample
// count, steadier under load: see profile.mjs), our long tasks (mostly our
// scripts), our long animation frames and the longest, for a before/after of
// one change.
//   BENCH_CARDS=n   product cards on the collection page (24 by default)
//   BENCH_SECOND=1  measure the second page view of each visit instead (the
//                   first warms the caches), with its frames to content
//   BENCH_CLICK=1   also click the launcher after the load: the cold click → panel painted
import { ourLongFrames, ourLongTasks, paintFigures } from './lib/figures.mjs';
import { openContext, timeOpen } from './lib/measure.mjs';
import { setup } from './lib/setup.mjs';

const [a, b, runsArg = '7', pageName = 'collection', variantName = 'production'] =
  process.argv.slice(2);
if (!a || !b)
  throw new Error('Usage: node bench/compare.mjs <cdn-a> <cdn-b> [runs] [page] [variant]');
const RUNS = Number(runsArg);
const cards = process.env.BENCH_CARDS ? `&cards=${process.env.BENCH_CARDS}` : '';
const SECOND = process.env.BENCH_SECOND === '1';
const CLICK = process.env.BENCH_CLICK === '1';

/** ms of samples with our code on the stack, counted at the 200 µs sampling interval. */
function countedMs(profile, prefix) {
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map();
  const isOurs = (id) => {
    if (id === undefined) return false;
    if (!ours.has(id))
      ours.set(id, byId.get(id).callFrame.url.startsWith(prefix) || isOurs(parent.get(id)));
    return ours.get(id);
  };
  return profile.samples.filter(isOurs).length * 0.2;
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
};

const builds = [];
for (const [label, from] of [
  ['A', a],
  ['B', b],
]) {
  builds.push({ label, from, context: await setup({ from }), views: [] });
}
try {
  for (let run = 0; run < RUNS; run++) {
    for (const build of run % 2 ? [...builds].reverse() : builds) {
      const { context } = build;
      const variant = context.variants[variantName];
      const tab = await openContext(context.browser, {
        ourOrigins: context.ourOrigins,
        sampleFrames: true,
      });
      const url = `${context.storeOrigin}/${pageName}.html?variant=${variantName}${cards}`;
      let view = await tab.view({ url, ready: variant.ready, prefix: variant.prefix });
      if (SECOND) {
        view = await tab.view({
          url: `${url}&view=2`,
          ready: variant.ready,
          prefix: variant.prefix,
        });
      }
      const click = CLICK ? (await timeOpen(tab.page, variant.clicks)).painted : NaN;
      await tab.close();
      const paints = paintFigures(view.probes);
      const frames = ourLongFrames(view.probes, variant.prefix);
      const tasks = ourLongTasks(view.probes, variant.prefix);
      build.views.push({
        ourTasks: tasks.length,
        longestOurTask: Math.max(0, ...tasks.map((t) => t.duration)),
        ourMs: view.ourMs,
        counted: countedMs(view.profile, variant.prefix),
        longFrames: frames.length,
        longestTask: Math.max(0, ...frames.map((f) => f.longestTask)),
        framesToContent: paints.framesToContent ?? NaN,
        placeholderFrames: paints.placeholderFrames ?? NaN,
        click,
      });
    }
  }
  for (const { label, from, views } of builds) {
    const figure = (key, digits = 0) => {
      const values = views.map((v) => v[key]);
      const all = values.map((v) => v.toFixed(digits)).join(' ');
      return `${median(values).toFixed(digits)} (${all})`;
    };
    console.log(`${label} ${from}`);
    console.log(`  our JS ${figure('ourMs')} ms; by samples ${figure('counted')} ms`);
    console.log(
      `  long tasks of ours ${figure('ourTasks')}; longest ${figure('longestOurTask')} ms`,
    );
    console.log(`  long frames ${figure('longFrames')}; longest task ${figure('longestTask')} ms`);
    console.log(
      `  frames to content ${figure('framesToContent')}; placeholder frames ${figure('placeholderFrames')}`,
    );
    if (CLICK) console.log(`  cold click → panel painted ${figure('click')} ms`);
  }
} finally {
  for (const { context } of builds) await context.teardown();
}
