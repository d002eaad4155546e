#!/usr/bin/env node
// The README's two commands, runnable on a fresh machine with only Node 20 and npm:
//   npm run demo   install, build the script tag, serve the demo store
//                  (LK_BACKEND=voucherify: over the fake Voucherify API behind the gateway)
//   npm test       install (Chromium too, when missing), then every check CI runs
// Also reached as `pnpm demo` / `pnpm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PNPM = '12.21.0';
const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status === 0;
}

/** pnpm 12 as a command line: the one on PATH when it is version 12, otherwise fetched by npx. */
function pnpm() {
  try {
    const version = execFileSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8' }).trim();
    if (version.startsWith('12.')) return ['pnpm'];
  } catch {
    // not installed
  }
  return ['npx', '--yes', `pnpm@${PNPM}`];
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

const [pnpmCommand, ...pnpmPrefix] = pnpm();
const pnpmRun = (...args) => run(pnpmCommand, [...pnpmPrefix, ...args]);

function install() {
  console.log(`\n▶ install (pnpm ${PNPM}, frozen lockfile)`);
  if (!pnpmRun('install', '--frozen-lockfile')) fail('pnpm install failed');
}

/** Installs a Debian package whose command is missing (as root; tests never download tools themselves). */
function ensureDebian(command, pkg, why) {
  if (existsSync(command)) return;
  console.log(`\n▶ installing Debian ${pkg} (apt-get) for ${why}`);
  if (process.getuid?.() !== 0) {
    fail(`${command} is missing. Install it as root: apt-get update && apt-get install -y ${pkg}`);
  }
  if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', pkg])) {
    fail(`apt-get could not install ${pkg}`);
  }
}

function countTests() {
  const read = (file) => {
    try {
      return JSON.parse(readFileSync(`${root}reports/${file}`, 'utf8'));
    } catch {
      return undefined;
    }
  };
  let passed = 0;
  let failed = 0;
  for (const file of ['unit.json', 'stories.json']) {
    const report = read(file);
    passed += report?.numPassedTests ?? 0;
    failed += report?.numFailedTests ?? 0;
  }
  const e2e = read('e2e.json');
  passed += (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
  failed += e2e?.stats?.unexpected ?? 0;
  return { passed, failed };
}

function test() {
  install();
  // Debian's Chromium for Playwright and the story tests; never a downloaded browser.
  ensureDebian('/usr/bin/chromium', 'chromium', 'the browser tests');
  // A real Redis for the gateway's idempotency store (started per test on a free port).
  ensureDebian('/usr/bin/redis-server', 'redis-server', 'the gateway tests');
  // Fresh reports only: the closing count must describe this run.
  rmSync(`${root}reports`, { recursive: true, force: true });
  mkdirSync(`${root}reports`, { recursive: true });
  const steps = [
    ['lint and format', 'lint'],
    ['typecheck', 'typecheck'],
    ['build (script tag and Storybook)', 'build'],
    ['bundle budgets', 'size'],
    ["the embed README's pinned script tag matches the build", 'cdn-snippet'],
    ['published packages (publint, attw)', 'lint:packages'],
    [
      'unit and component tests',
      'test:unit',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/unit.json',
    ],
    [
      'story tests (Chromium)',
      'test:stories',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/stories.json',
    ],
    ['end-to-end tests (Chromium)', 'test:e2e'],
  ];
  const timings = [];
  const started = Date.now();
  for (const [title, script, ...args] of steps) {
    console.log(`\n▶ ${title}`);
    const stepStart = Date.now();
    const ok = pnpmRun('run', script, ...args);
    timings.push([title, (Date.now() - stepStart) / 1000]);
    if (!ok) fail(`${title} failed`);
  }
  console.log('\nsteps:');
  for (const [title, seconds] of timings)
    console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${title}`);
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  total`);
  const { passed, failed } = countTests();
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
}

/** What `LK_BACKEND=<name> npm run demo` builds besides the script tag (examples/storefront/serve.mjs starts it). */
const DEMO_BACKENDS = {
  demo: [],
  voucherify: ['@loyaltykit/voucherify'],
  // In the page: the embed build carries the LoyaltyLion chunks and their fake.
  loyaltylion: [],
};

function demo() {
  const backend = process.env.LK_BACKEND ?? 'demo';
  if (!Object.hasOwn(DEMO_BACKENDS, backend)) {
    fail(`LK_BACKEND=${backend} is not one of ${Object.keys(DEMO_BACKENDS).join(', ')}`);
  }
  install();
  console.log('\n▶ building the script tag');
  // `embed...`: the embed and the workspace packages it depends on, in order (its landing
  // snippet's types are copied from their builds).
  const packages = ['@loyaltykit/embed...', '@loyaltykit/mock-backend', ...DEMO_BACKENDS[backend]];
  if (!pnpmRun(...packages.flatMap((name) => ['--filter', name]), 'run', 'build'))
    fail('build failed');
  console.log('\n▶ serving the demo store (Ctrl+C stops it)');
  run(process.execPath, ['examples/storefront/serve.mjs']);
}

const command = process.argv[2];
if (command === 'test') test();
else if (command === 'demo') demo();
else fail('usage: node scripts/lk.mjs demo|test');
