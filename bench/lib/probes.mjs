// In-page instruments, installed before any page script (page.addInitScript):
// long animation frames with script attribution, long tasks, layout shifts
// with the nodes that moved, when our script first defines an element, what
// the embeds in the viewport show in each frame, and a click-to-painted
// timer. Serialised by Playwright, so this function must stay self-contained.
export function installProbes({ hostTags, sampleFrames }) {
  const probe = {
    frames: [],
    shifts: [],
    longTasks: [],
    interactions: [],
    entryRanAt: null,
    embedFrames: [],
  };
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
      scripts: e.scripts.map((s) => ({
        url: s.sourceURL,
        start: s.startTime,
        duration: s.duration,
      })),
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

  // The entry's first act is defining our elements: that moment is "the entry runs".
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (probe.entryRanAt === null && hostTags.includes(name)) probe.entryRanAt = performance.now();
    return define.call(this, name, ...rest);
  };

  /**
   * Once per frame, in requestAnimationFrame (after the frame's tasks, before
   * its style, layout and paint): how many product-points embeds in the
   * viewport are not upgraded yet, show no text (a placeholder or an empty
   * row) or show their content.
   */
  const sample = () => {
    // performance.now(), not the frame time: that may predate a task run just before the frame.
    const counts = { t: performance.now(), undefined: 0, placeholder: 0, content: 0 };
    for (const element of document.querySelectorAll('loyalty-product-points')) {
      const rect = element.getBoundingClientRect();
      if (rect.top >= innerHeight || rect.bottom < 0) continue;
      const root = element.shadowRoot;
      if (!root) counts.undefined++;
      else if (root.textContent.trim()) counts.content++;
      else counts.placeholder++;
    }
    probe.embedFrames.push(counts);
    if (!probe.framesStopped) requestAnimationFrame(sample);
  };
  probe.stopFrames = () => {
    probe.framesStopped = true;
  };
  if (sampleFrames) requestAnimationFrame(sample);

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
