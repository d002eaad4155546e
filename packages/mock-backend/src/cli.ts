// `loyaltykit-mock-server`: the mock Storefront API over HTTP, from the command line.
// Built to dist/cli.js by `pnpm --filter @loyaltykit/mock-backend build`; runs on plain Node 20.
import { parseArgs } from 'node:util';
import { signToken } from '@loyaltykit/gateway';
import { SCENARIOS, type ScenarioName } from './scenarios.ts';
import { SEEDS, type SeedLocale } from './seeds/index.ts';
import { startMockServer } from './server.ts';
import { DEMO_AUDIENCE, DEMO_PUBLISHABLE_KEY, DEMO_SECRET } from './tokens.ts';

const USAGE = `Usage: loyaltykit-mock-server [options]
  --port <n>          default 8787 (0: any free port)
  --host <host>       default 127.0.0.1
  --store <locale>    en (US, default), th, ko, ar
  --publishable-key <key>  serve this key instead of ${DEMO_PUBLISHABLE_KEY}; repeat for more
  --scenario <name>   ${SCENARIOS.join(', ')}
  --latency <ms>      delay before every answer
  --fail-rate <0..1>  share of requests refused before the engine sees them
  --fail-status <n>   status of those refusals: 429, 5xx, or 0 to cut the connection (default 503)
  --drop-rate <0..1>  share of responses lost after the engine committed
  --commit-delay <ms> keyed POSTs stay in flight this long (409 for a concurrent retry)`;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    store: { type: 'string' },
    'publishable-key': { type: 'string', multiple: true },
    scenario: { type: 'string' },
    latency: { type: 'string' },
    'fail-rate': { type: 'string' },
    'fail-status': { type: 'string' },
    'drop-rate': { type: 'string' },
    'commit-delay': { type: 'string' },
    help: { type: 'boolean' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function number(name: keyof typeof values): number | undefined {
  const text = values[name];
  if (text === undefined || typeof text !== 'string') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) fail(`--${name} takes a number ≥ 0, not "${text}".`);
  return value;
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const store = (values.store ?? 'en') as SeedLocale;
if (!(store in SEEDS)) fail(`Unknown --store "${store}".`);
const scenario = values.scenario as ScenarioName | undefined;
if (scenario !== undefined && !SCENARIOS.includes(scenario))
  fail(`Unknown --scenario "${scenario}".`);

const publishableKeys = values['publishable-key'] ?? [DEMO_PUBLISHABLE_KEY];
const server = await startMockServer({
  seed: SEEDS[store],
  publishableKeys,
  port: number('port') ?? 8787,
  host: values.host ?? '127.0.0.1',
  scenario,
  latency: number('latency'),
  failRate: number('fail-rate'),
  failStatus: number('fail-status'),
  dropRate: number('drop-rate'),
  commitDelay: number('commit-delay'),
});
const token = await signToken(
  {
    sub: server.engine.personas.member,
    aud: DEMO_AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + 3600,
  },
  DEMO_SECRET,
);
console.log(`Loyalty Kit mock API (${server.engine.program().name}) on ${server.url}/v1
  X-Publishable-Key: ${publishableKeys.join(' or ')} (any other key is refused with 401)
  DEMO ONLY token for ${server.engine.personas.member}, valid 1 h:
  Authorization: Bearer ${token}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
