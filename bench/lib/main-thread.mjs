// Main-thread JavaScript time by whose code it is, from V8's sampling CPU
// profiler over CDP: a sample counts for a script when any frame of its stack
// comes from a URL under that script's prefix. Inclusive, within one load, so
// no baseline is subtracted: promise callbacks, timers, event handlers and
// forced layout inside our calls count; garbage collection and the style,
// layout and paint of frames (no JavaScript on the stack) do not.

/** Sampling interval in µs: fine enough for the floor's few ms, light enough at 4x. */
const INTERVAL_US = 200;

export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

/** ms of samples whose stack holds a frame from a URL starting with `prefix`. */
export function inclusiveMs(profile, prefix) {
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map();
  const isOurs = (id) => {
    if (id === undefined) return false;
    if (!ours.has(id)) {
      ours.set(id, byId.get(id).callFrame.url.startsWith(prefix) || isOurs(parent.get(id)));
    }
    return ours.get(id);
  };
  let us = 0;
  // timeDeltas[i] is the gap before sample i, so sample i lasts until the next one.
  for (let i = 0; i < profile.samples.length; i++) {
    if (isOurs(profile.samples[i])) us += profile.timeDeltas[i + 1] ?? 0;
  }
  return us / 1000;
}
