import { measureCurve } from './lib/curve.mjs';
import { setup } from './lib/setup.mjs';

const context = await setup({ from: process.argv[2] });
try {
  const s = await measureCurve(context, Number(process.argv[3] ?? 1), () => {});
  for (const [n, list] of Object.entries(s))
    for (const v of list) console.log(n, JSON.stringify(v));
} finally {
  await context.teardown();
}
