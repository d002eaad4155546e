#!/usr/bin/env node
// `pnpm --filter @loyaltykit/mock-backend build && node bench/gateway.mjs`: what the gateway adds
// per request, in process (no network), over calling the mock engine connector directly.
// Not a test: it reports medians of BENCH_ROUNDS rounds (default 7) of BENCH_N requests (2,000).
import { performance } from 'node:perf_hooks';

const mock = await import('../packages/mock-backend/dist/index.js');
const N = Number(process.env.BENCH_N ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const engine = mock.createEngine(mock.usStore);
const connector = mock.engineConnector(engine);
const gateway = mock.createMockGateway(engine);
const member = engine.personas.member;
const token = await mock.signToken(
  { sub: member, aud: mock.DEMO_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 },
  mock.DEMO_SECRET,
);
const headers = {
  'X-Publishable-Key': mock.DEMO_PUBLISHABLE_KEY,
  Authorization: `Bearer ${token}`,
};

const cases = [
  {
    name: 'GET /v1/program',
    direct: () => JSON.stringify(connector.program()),
    gateway: () =>
      gateway(new Request('http://bench/v1/program', { headers })).then((r) => r.text()),
  },
  {
    name: 'GET /v1/me (token verified)',
    direct: () => JSON.stringify(connector.customer(member)),
    gateway: () => gateway(new Request('http://bench/v1/me', { headers })).then((r) => r.text()),
  },
  {
    // After the first, every request replays: no connector call, the gateway's time is all of it.
    name: 'POST /v1/me/redemptions replay',
    direct: () => undefined,
    gateway: () =>
      gateway(
        new Request('http://bench/v1/me/redemptions', {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'bench' },
          body: JSON.stringify({ rewardId: engine.program().rewards[0].id }),
        }),
      ).then((r) => r.text()),
  },
];

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function perRequest(run) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < N; i++) await run();
    rounds.push(((performance.now() - start) / N) * 1000);
  }
  return median(rounds);
}

console.log(
  `gateway overhead, µs per request (median of ${ROUNDS} × ${N}, Node ${process.version})`,
);
for (const c of cases) {
  await perRequest(c.gateway); // warm up
  const direct = await perRequest(c.direct);
  const through = await perRequest(c.gateway);
  console.log(
    `  ${c.name.padEnd(32)} direct ${direct.toFixed(1).padStart(7)}  gateway ${through.toFixed(1).padStart(7)}  overhead ${(through - direct).toFixed(1).padStart(7)}`,
  );
}
