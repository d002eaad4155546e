// Turns raw loads (lib/measure.mjs) into the figures of the report, each
// against the same run's baseline (the page without the widget) and floor.

/** ms of main-thread script the long-animation-frame entries attribute to URLs under `prefix`. */
export function attributedScriptMs(frames, prefix) {
  let total = 0;
  for (const frame of frames) {
    for (const script of frame.scripts) if (script.url.startsWith(prefix)) total += script.duration;
  }
  return total;
}

/**
 * Long frames that hold a long task (blocking > 0) in which our scripts ran
 * longer than everyone else's: the long tasks a shopper could blame on us.
 */
export function longTasksCaused(frames, prefix) {
  return frames.filter((frame) => {
    if (frame.blocking <= 0) return false;
    let ours = 0;
    let theirs = 0;
    for (const s of frame.scripts) {
      if (s.url.startsWith(prefix)) ours += s.duration;
      else theirs += s.duration;
    }
    return ours > 0 && ours >= theirs;
  }).length;
}

const deltaMs = (load, baseline, metric) =>
  (load.metrics[metric] - baseline.metrics[metric]) * 1000;

/** Figures of one load of a page with our script (or the floor's) at `prefix`. */
export function loadFigures(load, baseline, prefix) {
  const shifts = load.probes.shifts;
  // CORS preflights: the API's custom headers (Authorization, X-Publishable-Key) force them.
  const requests = load.requests.filter((r) => r.method !== 'OPTIONS');
  return {
    loafScriptMs: attributedScriptMs(load.probes.frames, prefix),
    scriptDeltaMs: deltaMs(load, baseline, 'ScriptDuration'),
    taskDeltaMs: deltaMs(load, baseline, 'TaskDuration'),
    heapDeltaKB: (load.metrics.JSHeapUsedSize - baseline.metrics.JSHeapUsedSize) / 1024,
    longTasks: longTasksCaused(load.probes.frames, prefix),
    clsOurs: shifts.filter((s) => s.ours).reduce((sum, s) => sum + s.value, 0),
    clsTotal: shifts.reduce((sum, s) => sum + s.value, 0),
    requests: requests.length,
    preflights: load.requests.length - requests.length,
    requestUrls: load.requests.map((r) => `${r.method} ${r.url}`),
    bytes: Object.values(load.bodyBytes).reduce((sum, b) => sum + b, 0),
  };
}

/** The same figures as ratios to the floor's in the same run (none on pages without one). */
export const floorRatios = (figures, floor) =>
  floor && {
    loafScript: figures.loafScriptMs / floor.loafScriptMs,
    scriptDelta: figures.scriptDeltaMs / floor.scriptDeltaMs,
  };
