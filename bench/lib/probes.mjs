// In-page instruments, installed before any page script (page.addInitScript):
// long animation frames with script attribution, layout shifts with the nodes
// that moved, long tasks, and a click-to-painted timer. Serialised by
// Playwright, so this function must stay self-contained.
export function installProbes(hostTags) {
  const probe = { frames: [], shifts: [], longTasks: [], interactions: [] };
  window.__bench = probe;

  /** Whether a node sits in (or is) one of our elements, through shadow roots. */
  const ours = (node) => {
    for (let n = node; n; n = n.parentNode ?? n.host) {
      if (n.nodeType === 1 && hostTags.includes(n.localName)) return true;
    }
    return false;
  };

  const observe = (type, onEntry, options = {}) =>
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
      type,
      buffered: true,
      ...options,
    });
  observe('long-animation-frame', (e) =>
    probe.frames.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration })),
    }),
  );
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    probe.shifts.push({ value: e.value, ours: e.sources.some((s) => ours(s.node)) });
  });
  observe('longtask', (e) => probe.longTasks.push({ start: e.startTime, duration: e.duration }));
  // Event Timing: input to the next paint after the handlers, what INP reports.
  observe(
    'event',
    (e) => {
      if (e.interactionId) probe.interactions.push({ id: e.interactionId, duration: e.duration });
    },
    { durationThreshold: 16 },
  );

  /**
   * Resolves with ms from the next click's event timestamp to just after the
   * first frame painted once `selector` matches in `host`'s shadow root: the
   * frame is checked in requestAnimationFrame, and a task queued from there
   * runs after that frame's paint.
   */
  probe.timeNextOpen = (host, selector) =>
    new Promise((resolve) => {
      addEventListener(
        'click',
        (event) => {
          const clickedAt = event.timeStamp;
          const check = () => {
            const root = document.querySelector(host)?.shadowRoot;
            if (root?.querySelector(selector)) {
              setTimeout(() => resolve(performance.now() - clickedAt));
            } else {
              requestAnimationFrame(check);
            }
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
}
