#!/usr/bin/env node
// `pnpm bench:profile [collection|checkout] [production|reserved|demo|floor]`: one load at
// 4x CPU with the V8 sampling profiler on, for finding where a benchmark
// figure comes from. Prints self time by function for our scripts and our
// long animation frames; writes bench/results/<page>-<variant>.cpuprofile
// (open it in Chromium DevTools, Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openContext } from './lib/measure.mjs';
import { root, setup } from './lib/setup.mjs';

const [pageName = 'collection', variantName = 'production'] = process.argv.slice(2);
const context = await setup();
try {
  const variant = context.variants[variantName];
  if (!variant?.prefix) throw new Error(`No variant "${variantName}" with a script to profile.`);
  const tab = await openContext(context.browser, { ourOrigins: context.ourOrigins });
  const load = await tab.view({
    url: `${context.storeOrigin}/${pageName}.html?variant=${variantName}`,
    ready: variant.ready,
    prefix: variant.prefix,
  });
  const { profile } = load;
  await tab.close();

  const file = join(root, `bench/results/${pageName}-${variantName}.cpuprofile`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(file, JSON.stringify(profile));

  // Self time per node: samples × their intervals, attributed to the node's function.
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = url.startsWith(variant.prefix)
      ? `${functionName || '(anonymous)'} ${url.slice(variant.prefix.length)}:${lineNumber + 1}:${columnNumber + 1}`
      : `(${functionName || 'other'}${url ? ' in the page' : ''})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  console.log(`Our JS, inclusive (the benchmark's figure): ${load.ourMs.toFixed(1)} ms`);
  console.log(`Self time, ${pageName} · ${variantName}, 4x CPU (ms):`);
  for (const [key, msSelf] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${msSelf.toFixed(1).padStart(8)}  ${key}`);
  }
  console.log('\nLong animation frames with our scripts (start, duration, blocking; script ms):');
  for (const frame of load.probes.frames) {
    const ours = frame.scripts.filter((s) => s.url.startsWith(variant.prefix));
    if (ours.length === 0) continue;
    const scripts = frame.scripts
      .map((s) => `${s.url.split('/').at(-1) || '(page)'} ${s.duration.toFixed(0)}`)
      .join(', ');
    console.log(
      `  @${frame.start.toFixed(0)} ${frame.duration.toFixed(0)} ms, blocking ${frame.blocking.toFixed(0)}: ${scripts}`,
    );
  }
  console.log(`\n${file}`);
} finally {
  await context.teardown();
}
