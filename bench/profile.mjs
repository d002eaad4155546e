#!/usr/bin/env node
// `pnpm bench:profile [collection|checkout] [production|reserved|demo|floor] [runs]`: loads
// at 4x CPU with the V8 sampling profiler on, for finding where a benchmark
// figure comes from. Prints our JS (the benchmark's inclusive figure) per
// load, its time by function of ours (mean of the loads; the browser work a
// function calls counts for it) and our
// long animation frames; writes bench/results/<page>-<variant>.cpuprofile (the
// last load; open it in Chromium DevTools, Performance panel).
//   BENCH_CARDS=n   product cards on the collection page (24 by default)
//   BENCH_SECOND=1  profile the second page view of each visit (caches warm)
//   BENCH_CLICK=1   profile the launcher's cold click (after the load), not the load
//   BENCH_WARM=1    with BENCH_CLICK=1: open and close once first, profile the warm click
//   BENCH_SCROLL=1  profile the scroll to the end of the page (after the load), not the load
//   BENCH_SAMPLES=1 count samples rather than their intervals (see sampleMs)
//   BENCH_MIN=ms, BENCH_TOP=n  which stretches of our JS to list, and how much of each
// After `LOYALTYKIT_UNMINIFIED=1 pnpm --filter @loyaltykit/embed build`, the chunks keep
// their module comments and names: self time is then also summed by source file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scrollThrough } from './lib/curve.mjs';
import { paintFigures } from './lib/figures.mjs';
import { inclusiveMs, startProfile, stopProfile } from './lib/main-thread.mjs';
import { openContext, timeOpen } from './lib/measure.mjs';
import { root, setup } from './lib/setup.mjs';

const [pageName = 'collection', variantName = 'production', runsArg = '1'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const cards = process.env.BENCH_CARDS ? `&cards=${process.env.BENCH_CARDS}` : '';
const SECOND = process.env.BENCH_SECOND === '1';
const CLICK = process.env.BENCH_CLICK === '1';
const WARM = CLICK && process.env.BENCH_WARM === '1';
const SCROLL = process.env.BENCH_SCROLL === '1';

/** A module comment of an unminified bundle: `// ../core/src/model.ts`. */
const MODULE_COMMENT = /^\s*\/\/ (\S+\.(?:[cm]?js|tsx?))$/;

/**
 * For a script of the release folder, the source file each line belongs to
 * (from its module comments), or null for a minified script.
 */
function sourcesByLine(dist, url, prefix) {
  let lines;
  try {
    lines = readFileSync(join(dist, url.slice(prefix.length)), 'utf8').split('\n');
  } catch {
    return null;
  }
  let current = '(chunk wrapper)';
  let any = false;
  const out = lines.map((line) => {
    const match = MODULE_COMMENT.exec(line);
    if (match) {
      any = true;
      current = match[1].replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, '$1');
    }
    return current;
  });
  return any ? out : null;
}

/**
 * ms sample `i` stands for: until the next sample, or with BENCH_SAMPLES=1
 * the sampling interval. On a busy machine the gaps between samples grow
 * with the time the browser was not scheduled at all, whichever frame
 * happened to be on the stack; counting samples is steadier there (it still
 * includes the 4x throttle's pauses, which the sampler sees too).
 */
const BY_COUNT = process.env.BENCH_SAMPLES === '1';
const sampleMs = (profile, i) => (BY_COUNT ? 0.2 : (profile.timeDeltas[i + 1] ?? 0) / 1000);

/**
 * ms per node id, each sample counted for the deepest frame of its stack that
 * is in our scripts (so the browser work our code calls, getComputedStyle or
 * a stylesheet's replaceSync, counts for the caller); samples without our
 * code are left out. The sum is the benchmark's inclusive figure.
 */
function oursTimes(profile, prefix) {
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deepest = new Map();
  const ourFrame = (id) => {
    if (id === undefined) return undefined;
    if (!deepest.has(id)) {
      deepest.set(
        id,
        byId.get(id).callFrame.url.startsWith(prefix) ? id : ourFrame(parent.get(id)),
      );
    }
    return deepest.get(id);
  };
  const times = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = ourFrame(profile.samples[i]);
    if (id !== undefined) times.set(id, (times.get(id) ?? 0) + sampleMs(profile, i));
  }
  return { times, byId };
}

/**
 * The last load's stretches of our JS (samples with our code, gaps under 1 ms
 * joined) over `minMs`, in order: when each started (profile clock), how
 * long it ran and which of our functions it spent the time in (the deepest
 * of ours, as above, with its source file when the build is unminified).
 */
function stretches(profile, prefix, sourceOf, minMs) {
  const { byId } = oursTimes(profile, prefix);
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ourFrame = (id) => {
    for (let n = id; n !== undefined; n = parent.get(n)) {
      if (byId.get(n).callFrame.url.startsWith(prefix)) return n;
    }
    return undefined;
  };
  const out = [];
  let current;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const ms = sampleMs(profile, i);
    const id = ourFrame(profile.samples[i]);
    if (id === undefined) {
      if (current && (at - current.end) / 1000 > 1) current = undefined;
      continue;
    }
    if (!current) {
      current = { start: at, end: at, ms: 0, by: new Map() };
      out.push(current);
    }
    current.end = at;
    current.ms += ms;
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const leaf = byId.get(profile.samples[i]).callFrame;
    // The browser work it called, when that is where the sample was: `measure … > getComputedStyle`.
    const callee = leaf.url.startsWith(prefix) ? '' : ` > ${leaf.functionName || '(native)'}`;
    const key = `${functionName || '(anonymous)'} ${sourceOf(url, lineNumber) ?? url.slice(prefix.length)}${callee}`;
    current.by.set(key, (current.by.get(key) ?? 0) + ms);
  }
  return out
    .filter((s) => s.ms >= minMs)
    .map((s) => ({ ...s, start: (s.start - profile.startTime) / 1000 }));
}

const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const print = (title, map, limit) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${(ms / RUNS).toFixed(1).padStart(8)}  ${key}`);
  }
};

const context = await setup();
try {
  const variant = context.variants[variantName];
  if (!variant?.prefix) throw new Error(`No variant "${variantName}" with a script to profile.`);
  const byFunction = new Map();
  const bySource = new Map();
  const sources = new Map();
  const ourMs = [];
  const counted = [];
  const clicks = [];
  let last;
  for (let run = 0; run < RUNS; run++) {
    const tab = await openContext(context.browser, {
      ourOrigins: context.ourOrigins,
      sampleFrames: true,
    });
    const url = `${context.storeOrigin}/${pageName}.html?variant=${variantName}${cards}`;
    last = await tab.view({ url, ready: variant.ready, prefix: variant.prefix });
    if (SECOND)
      last = await tab.view({ url: `${url}&view=2`, ready: variant.ready, prefix: variant.prefix });
    if (SCROLL) {
      // The scroll to the end of the page instead, a viewport every two frames, as the cost curve does.
      await startProfile(tab.cdp);
      await scrollThrough(tab.page);
      const profile = await stopProfile(tab.cdp);
      last = { ...last, profile, ourMs: inclusiveMs(profile, variant.prefix) };
    }
    if (CLICK) {
      // The cold click instead (or, warm, the second): from the click to the open panel's frame, profiled alone.
      if (WARM) {
        await timeOpen(tab.page, variant.clicks);
        await variant.clicks.close(tab.page);
        await tab.page.waitForTimeout(300);
      }
      await startProfile(tab.cdp);
      const { painted } = await timeOpen(tab.page, variant.clicks);
      const profile = await stopProfile(tab.cdp);
      clicks.push(painted);
      last = { ...last, profile, ourMs: inclusiveMs(profile, variant.prefix) };
    }
    await tab.close();
    ourMs.push(last.ourMs);
    counted.push(
      [...oursTimes(last.profile, variant.prefix).times.values()].reduce((a, b) => a + b, 0),
    );
    const { times, byId } = oursTimes(last.profile, variant.prefix);
    for (const [id, ms] of times) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
      const file = url.slice(variant.prefix.length);
      add(
        byFunction,
        `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`,
        ms,
      );
      if (!sources.has(url)) sources.set(url, sourcesByLine(context.dist, url, variant.prefix));
      const lines = sources.get(url);
      if (lines) add(bySource, lines[lineNumber] ?? '(unknown)', ms);
    }
  }

  const file = join(root, `bench/results/${pageName}-${variantName}.cpuprofile`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(file, JSON.stringify(last.profile));

  const line = (values) =>
    `${values.map((ms) => ms.toFixed(0)).join(', ')}; median ${[...values].sort((a, b) => a - b)[Math.floor(RUNS / 2)].toFixed(1)}`;
  console.log(`Our JS, inclusive (the benchmark's figure), ms: ${line(ourMs)}`);
  if (BY_COUNT) console.log(`The same by sample count × 0.2 ms: ${line(counted)}`);
  if (CLICK) console.log(`Click to panel painted, ms: ${line(clicks)}`);
  print(
    `Our JS by function (with the browser work it calls), ${pageName} · ${variantName}, 4x CPU (ms, mean):`,
    byFunction,
    30,
  );
  if (bySource.size > 0) print('Our JS by source file (ms, mean):', bySource, 40);
  console.log(
    '\nLong animation frames with our scripts, last load (start, duration, blocking; script ms):',
  );
  for (const frame of last.probes.frames) {
    const ours = frame.scripts.filter((s) => s.url.startsWith(variant.prefix));
    if (ours.length === 0) continue;
    const scripts = frame.scripts
      .map((s) => `${s.url.split('/').at(-1) || '(page)'} ${s.duration.toFixed(0)}`)
      .join(', ');
    console.log(
      `  @${frame.start.toFixed(0)} ${frame.duration.toFixed(0)} ms, blocking ${frame.blocking.toFixed(0)}: ${scripts}`,
    );
  }
  console.log(
    '\nStretches of our JS (BENCH_MIN ms, default 5), last load (ms from profile start: ms; where):',
  );
  const sourceOf = (url, line) => sources.get(url)?.[line];
  for (const s of stretches(
    last.profile,
    variant.prefix,
    sourceOf,
    Number(process.env.BENCH_MIN ?? 5),
  )) {
    const top = [...s.by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.BENCH_TOP ?? 8))
      .map(([key, ms]) => `${key} ${ms.toFixed(1)}`)
      .join(', ');
    console.log(`  @${s.start.toFixed(0)}: ${s.ms.toFixed(1)} ms; ${top}`);
  }
  const paints = paintFigures(last.probes);
  console.log(
    `\nFrames to content ${paints.framesToContent}, placeholder frames ${paints.placeholderFrames}; entry ran at ${last.probes.entryRanAt?.toFixed(0)} ms; frames (ms: undefined/placeholder/content):`,
  );
  console.log(
    last.probes.embedFrames
      .filter((f) => f.t >= (last.probes.entryRanAt ?? 0))
      .slice(0, 12)
      .map((f) => `${f.t.toFixed(0)}: ${f.undefined}/${f.placeholder}/${f.content}`)
      .join(', '),
  );
  console.log(`\n${file}`);
} finally {
  await context.teardown();
}
