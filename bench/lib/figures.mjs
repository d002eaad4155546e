// Turns raw page views (lib/measure.mjs) into the figures of the report: main
// thread, long frames, requests and, for a visit's later views, what came
// from caches and what the embeds showed frame by frame.

/**
 * Long tasks (over 50 ms, the Long Tasks API's) that were mostly our code:
 * our scripts (the long frames' script entries starting inside the task)
 * ran for more than half of the task. A frame's rendering task, in which
 * the browser lays out what we and the page added and our animation-frame
 * callback may run a few ms, is the page's; so is the page's own work.
 */
export function ourLongTasks(probes, prefix) {
  const scripts = probes.frames.flatMap((frame) =>
    frame.scripts.filter((s) => s.url.startsWith(prefix)),
  );
  return probes.longTasks.filter((task) => {
    const end = task.start + task.duration;
    const ours = scripts
      .filter((s) => s.start >= task.start && s.start < end)
      .reduce((sum, s) => sum + Math.min(s.duration, end - s.start), 0);
    return ours > task.duration / 2;
  });
}

/**
 * Long animation frames holding a long task (blocking > 0) in which our
 * scripts ran longer than everyone else's: the long tasks a shopper could
 * blame on us. Each with the longest long task inside it.
 */
export function ourLongFrames(probes, prefix) {
  return probes.frames
    .filter((frame) => {
      if (frame.blocking <= 0) return false;
      let ours = 0;
      let theirs = 0;
      for (const s of frame.scripts) {
        if (s.url.startsWith(prefix)) ours += s.duration;
        else theirs += s.duration;
      }
      return ours > 0 && ours >= theirs;
    })
    .map((frame) => {
      const end = frame.start + frame.duration;
      const tasks = probes.longTasks.filter(
        (t) => t.start < end && t.start + t.duration > frame.start,
      );
      return { ...frame, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) };
    });
}

/** Our requests split the way the targets count them: the entry, chunks, API calls, preflights. */
export function requestFigures(requests, apiOrigin) {
  const sent = requests.filter((r) => !r.preflight);
  const api = sent.filter((r) => r.url.startsWith(apiOrigin));
  const scripts = sent.filter((r) => !r.url.startsWith(apiOrigin) && r.url.endsWith('.js'));
  const file = (r) => r.url.split('/').at(-1);
  return {
    requests: sent.length,
    lateRequests: sent.filter((r) => r.late).length,
    scriptFiles: scripts.map(file),
    settledScriptFiles: scripts.filter((r) => !r.late).map(file),
    chunks: scripts.filter((r) => file(r) !== 'loyaltykit.js' && file(r) !== 'floor.js').length,
    apiRequests: api.length,
    preflights: requests.length - sent.length,
    // What actually crossed the network: not answered by the HTTP cache.
    scriptsFromNetwork: scripts.filter((r) => !r.fromCache).length,
    apiFromNetwork: api.filter((r) => !r.fromCache).length,
    api304: api.filter((r) => r.status === 304).length,
    apiBodyBytes: api.filter((r) => !r.fromCache).reduce((sum, r) => sum + r.bodyBytes, 0),
    programmeDownloads: api.filter((r) => r.carriesProgramme).length,
    requestUrls: requests.map(
      (r) =>
        `${r.method} ${r.url} ${r.status ?? '-'}${r.fromCache ? ' (cache)' : ''} ${r.bodyBytes} B${r.late ? ' (late)' : ''}`,
    ),
  };
}

/**
 * Whether an API answer downloaded the programme: a 200 from the network
 * for `/v1/program`, or a JSON body with a `program` member (a bootstrap
 * answer). Needs the bodies, so it asks `network` while the page is open.
 */
export async function markProgrammes(requests, network, apiOrigin) {
  for (const r of requests) {
    if (r.preflight || r.fromCache || r.status !== 200 || !r.url.startsWith(apiOrigin)) continue;
    if (new URL(r.url).pathname.endsWith('/v1/program')) {
      r.carriesProgramme = true;
      continue;
    }
    try {
      const body = JSON.parse((await network.body(r.id)) ?? 'null');
      r.carriesProgramme = typeof body?.program === 'object' && body.program !== null;
    } catch {
      r.carriesProgramme = false;
    }
  }
  return requests;
}

/**
 * What the viewport's product-points embeds showed frame by frame after the
 * entry ran: the frame (1 = the first after it) and ms at which all of them
 * showed content, and how many frames showed one without text (a
 * placeholder, a loading row): a flash, if content follows.
 */
export function paintFigures({ entryRanAt, embedFrames }) {
  if (entryRanAt === null)
    return { framesToContent: null, msToContent: null, placeholderFrames: null };
  const after = embedFrames.filter((f) => f.t >= entryRanAt);
  const index = after.findIndex((f) => f.content > 0 && f.placeholder === 0 && f.undefined === 0);
  return {
    framesToContent: index < 0 ? null : index + 1,
    msToContent: index < 0 ? null : after[index].t - entryRanAt,
    placeholderFrames: after.filter((f) => f.placeholder > 0).length,
  };
}

const deltaMs = (view, baseline, metric) =>
  (view.metrics[metric] - baseline.metrics[metric]) * 1000;

/**
 * Figures of one view of a page with our script (or the floor's) at `prefix`.
 * The CDP metrics add up over a tab's life, so only a first view has a
 * `baseline` to be compared with.
 */
export function viewFigures(view, { baseline, prefix, apiOrigin }) {
  const longFrames = ourLongFrames(view.probes, prefix);
  const longTasks = ourLongTasks(view.probes, prefix);
  const shifts = view.probes.shifts;
  return {
    ourMs: view.ourMs,
    scriptDeltaMs: baseline ? deltaMs(view, baseline, 'ScriptDuration') : null,
    taskDeltaMs: baseline ? deltaMs(view, baseline, 'TaskDuration') : null,
    heapDeltaKB: baseline
      ? (view.metrics.JSHeapUsedSize - baseline.metrics.JSHeapUsedSize) / 1024
      : null,
    longFrames: longFrames.length,
    longestFrame: Math.max(0, ...longFrames.map((f) => f.duration)),
    longestTask: Math.max(0, ...longFrames.map((f) => f.longestTask)),
    ourLongTasks: longTasks.length,
    longestOurTask: Math.max(0, ...longTasks.map((t) => t.duration)),
    clsOurs: shifts.filter((s) => s.ours).reduce((sum, s) => sum + s.value, 0),
    ...requestFigures(view.requests, apiOrigin),
    ...paintFigures(view.probes),
  };
}

/** Ratios to the floor's figures in the same run. */
export const floorRatios = (figures, floor) => ({
  ourMs: figures.ourMs / floor.ourMs,
  scriptDelta: figures.scriptDeltaMs / floor.scriptDeltaMs,
});
