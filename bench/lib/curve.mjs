// The cost curve: the collection grid with 1, 24, 96 and 480 product cards
// (an infinite-scroll grid, as deep as a shopper may scroll), production
// mode, bare paste. Each view is measured at load, then while it scrolls to
// the end a viewport at a time, so embeds rendered only as they near the
// viewport are counted when they render.
import { ourLongFrames, ourLongTasks } from './figures.mjs';
import { openContext } from './measure.mjs';
import { summarise } from './stats.mjs';

export const CURVE_SIZES = [1, 24, 96, 480];
/** Frames between scroll steps: time for what nears the viewport to render, as it would. */
const FRAMES_PER_STEP = 2;
const AFTER_SCROLL_MS = 1000;

/** Scrolls to the end of the page, a viewport every FRAMES_PER_STEP frames, then waits. */
export async function scrollThrough(page) {
  await page.evaluate(
    ([framesPerStep, waitMs]) =>
      new Promise((resolve) => {
        let frame = 0;
        const step = () => {
          if (++frame % framesPerStep === 0) {
            if (innerHeight + scrollY >= document.documentElement.scrollHeight) {
              setTimeout(resolve, waitMs);
              return;
            }
            scrollBy(0, innerHeight);
          }
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    [FRAMES_PER_STEP, AFTER_SCROLL_MS],
  );
}

/** One view of the grid with `cards` embeds: our ms at load and while scrolling, our long frames. */
async function measureGrid(context, cards) {
  const { browser, variants, storeOrigin, ourOrigins } = context;
  const variant = variants.production;
  const tab = await openContext(browser, { ourOrigins });
  try {
    const view = await tab.view({
      url: `${storeOrigin}/collection.html?variant=production&cards=${cards}`,
      ready: variant.ready,
      prefix: variant.prefix,
      afterSettle: scrollThrough,
    });
    const frames = ourLongFrames(view.probes, variant.prefix);
    const atLoad = frames.filter((f) => f.start < view.settledAt);
    const tasks = ourLongTasks(view.probes, variant.prefix);
    const tasksAtLoad = tasks.filter((t) => t.start < view.settledAt);
    return {
      cards,
      loadMs: view.ourMs,
      scrollMs: view.afterMs,
      totalMs: view.ourMs + view.afterMs,
      longFramesAtLoad: atLoad.length,
      longFramesScrolling: frames.length - atLoad.length,
      longestFrame: Math.max(0, ...frames.map((f) => f.duration)),
      longestTask: Math.max(0, ...frames.map((f) => f.longestTask)),
      ourTasksAtLoad: tasksAtLoad.length,
      ourTasksScrolling: tasks.length - tasksAtLoad.length,
      longestOurTask: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  } finally {
    await tab.close();
  }
}

/** `runs` views of every size, the order alternating from run to run. */
export async function measureCurve(context, runs, log) {
  const samples = Object.fromEntries(CURVE_SIZES.map((n) => [n, []]));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [...CURVE_SIZES].reverse() : CURVE_SIZES;
    for (const cards of order) samples[cards].push(await measureGrid(context, cards));
    log(`curve run ${run + 1}/${runs} done`);
  }
  return samples;
}

const FIGURES = [
  'loadMs',
  'scrollMs',
  'totalMs',
  'longFramesAtLoad',
  'longFramesScrolling',
  'longestFrame',
  'longestTask',
  'ourTasksAtLoad',
  'ourTasksScrolling',
  'longestOurTask',
];

/**
 * A purely quadratic cost would make the last slope 4.8x the one before
 * (slopes grow with 96 + 480 against 24 + 96); noise between medians of a few
 * runs moves the ratio by about ±0.3.
 */
export const SLOPE_TOLERANCE = 1.5;

/**
 * Per size: the figures' summaries and our ms per embed (total / cards).
 * `slopes`: ms per added embed between neighbouring sizes (medians of total
 * ms). Growth counts as at most linear when the last slope (96 → 480) is at
 * most SLOPE_TOLERANCE times the one before (24 → 96; `growth` is that
 * ratio); 1 → 24 is too few embeds to judge by.
 */
export function summariseCurve(samples) {
  const sizes = CURVE_SIZES.map((cards) => {
    const list = samples[cards];
    const summary = Object.fromEntries(FIGURES.map((f) => [f, summarise(list.map((s) => s[f]))]));
    return { cards, ...summary, perEmbedMs: summarise(list.map((s) => s.totalMs / cards)) };
  });
  const slopes = sizes.slice(1).map((size, i) => ({
    from: sizes[i].cards,
    to: size.cards,
    msPerEmbed: (size.totalMs.median - sizes[i].totalMs.median) / (size.cards - sizes[i].cards),
  }));
  const [before, last] = slopes.slice(-2);
  // A slope at or under 0 is noise around a flat cost: then the last slope is held to the
  // average per embed at the middle size, which a linear cost with a fixed part stays under.
  const reference = before.msPerEmbed > 0 ? before.msPerEmbed : sizes.at(-2).perEmbedMs.median;
  const growth = last.msPerEmbed / reference;
  return { sizes, slopes, growth, linear: growth <= SLOPE_TOLERANCE };
}
