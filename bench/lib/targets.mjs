// The targets of issue 8, all ratios or counts (absolute times drift from
// machine to machine), judged on production mode's medians and p95s.
export function evaluateTargets({ loads, clicks }) {
  const prod = [loads.product.production, loads.checkout.production];
  const all = (pick, test) => prod.every((l) => test(pick(l)));
  return [
    {
      key: 'loafRatio',
      text: '≤ 2x floor',
      met: all(
        (l) => l.ratios?.loafScript.median,
        (v) => v <= 2,
      ),
    },
    {
      key: 'scriptRatio',
      text: '≤ 2x floor',
      met: all(
        (l) => l.ratios?.scriptDelta.median,
        (v) => v <= 2,
      ),
    },
    {
      key: 'longTasks',
      text: '0',
      met: all(
        (l) => l.summary.longTasks.max,
        (v) => v === 0,
      ),
    },
    {
      key: 'cls',
      text: '0',
      met: all(
        (l) => l.summary.clsOurs.max,
        (v) => v === 0,
      ),
    },
    {
      key: 'requests',
      text: '2',
      met: all(
        (l) => l.summary.requests.median,
        (v) => v <= 2,
      ),
    },
    { key: 'click-cold', text: '≤ 100 ms p95', met: clicks.production.cold.painted.p95 <= 100 },
    { key: 'click-warm', text: '≤ 100 ms p95', met: clicks.production.warm.painted.p95 <= 100 },
    { key: 'clickRatio-cold', text: '≤ 2x floor', met: clicks.ratio.cold <= 2 },
    { key: 'clickRatio-warm', text: '≤ 2x floor', met: clicks.ratio.warm <= 2 },
  ];
}
