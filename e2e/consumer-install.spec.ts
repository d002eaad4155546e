import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { MockServer } from '../packages/mock-backend/src/server.ts';
import { packAll } from '../scripts/packages.mjs';
import { demoToken } from './demo-token.ts';

// A theme developer outside this repository: the packed tarballs (as npm would
// serve them) installed with npm in a fresh project in the temp folder, with
// preact, preact-render-to-string and vite from the registry and nothing else
// of ours; the app in e2e/consumer/ type-checked with tsc --strict, built with
// plain Vite, run in Chromium against the mock API from the tarball, and the
// landing section server-rendered in Node. Needs `pnpm build:packages`.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const fixture = fileURLToPath(new URL('./consumer/', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));
let project: string;
let api: MockServer;
let site: Server;
let siteUrl: string;
const timings: string[] = [];

function timed<T>(label: string, step: () => T): T {
  const started = Date.now();
  try {
    return step();
  } finally {
    timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Runs a command in the project; a failure's message carries what it printed. */
function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

test.beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'loyaltykit-consumer-'));
  cpSync(fixture, project, { recursive: true });
  mkdirSync(join(project, 'tarballs'));
  const tarballs = timed('pack', () => packAll(join(project, 'tarballs')));
  const ours = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [`@loyaltykit/${name}`, `file:${file}`]),
  );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        ...ours,
        preact: '10.29.8',
        'preact-render-to-string': '6.8.2',
        vite: '8.3.8',
      },
    }),
  );
  timed('npm install', () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']),
  );
  const { startMockServer } = (await import(
    join(project, 'node_modules/@loyaltykit/mock-backend/dist/server.js')
  )) as typeof import('../packages/mock-backend/src/server.ts');
  api = await startMockServer({ port: 0 });
});

test.afterAll(async () => {
  console.log(`consumer install: ${timings.join(', ')}`);
  await api?.close();
  site?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('the installed packages type-check in a strict app with no workspace settings', () => {
  // tsc exits non-zero on any error, which run() reports with the errors.
  expect(timed('tsc', () => run(tsc, ['-p', 'tsconfig.json']))).toBe('');
  // Each package brings its own dependencies and peers, and nothing of the repository.
  const installed = JSON.parse(run('npm', ['ls', '--all', '--json'])) as {
    dependencies: Record<string, unknown>;
  };
  expect(JSON.stringify(installed)).not.toContain('@loyaltykit/source');
});

test('built with plain Vite, the app shows the balance in Chromium and a redemption works', async ({
  page,
}) => {
  timed('vite build', () => run(join(project, 'node_modules/.bin/vite'), ['build']));
  const dist = join(project, 'dist');
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  site = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(dist, path === '/' ? 'index.html' : path));
      response.writeHead(200, {
        'Content-Type': types[extname(path) || '.html'] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const query = new URLSearchParams({ api: api.url, token: demoToken('cus_maya') });
  await page.goto(`${siteUrl}?${query}`);

  const launcher = page.getByRole('button', { name: /Rewards/ });
  await expect(launcher).toHaveText('1,250 points');
  // The compiled stylesheet applies: the theme prop's brand colour reaches the launcher.
  expect(await launcher.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
    'rgb(14, 116, 144)',
  );
  await expect(page.getByText(/Earn [\d,]+ points/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('#applied')).not.toHaveText('');
  const code = await page.locator('#applied').textContent();
  await expect(page.locator('#app').getByRole('status')).toContainText(`applied with code ${code}`);
  await expect(launcher).toHaveText('750 points');

  await launcher.click();
  const dialog = page.getByRole('dialog', { name: 'Harbor Rewards' });
  await expect(dialog.getByTestId('balance')).toHaveText('750 points');
  expect(errors).toEqual([]);
});

test('the landing section server-renders in Node with preact-render-to-string', async () => {
  // Asynchronously: the mock API answers from this process's event loop.
  const started = Date.now();
  const { stdout: html } = await promisify(execFile)(process.execPath, ['ssr.mjs', api.url], {
    cwd: project,
  });
  timings.push(`ssr ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(html).toContain('Harbor Rewards');
  expect(html).toMatch(/<h2[^>]*>/);
  expect(html).not.toContain('__LK_');
});

test('the installed gateway serves the Storefront API on Node over a connector', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['gateway.mjs'], { cwd: project });
  const { me, stranger } = JSON.parse(stdout) as {
    me: { status: number; body: { id: string; balance: { available: number } } };
    stranger: { status: number; body: { code: string } };
  };
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({ id: 'cus_maya', balance: { available: 1250 } });
  expect(stranger).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
});

test('an app importing only ProductPoints gets no panel code', async () => {
  writeFileSync(
    join(project, 'product-points-only.js'),
    "import { ProductPoints } from '@loyaltykit/components';\nexport { ProductPoints };\n",
  );
  const vite = (await import(
    join(project, 'node_modules/vite/dist/node/index.js')
  )) as typeof import('vite');
  const output = (await vite.build({
    root: project,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'product-points-only.js', formats: ['es'] },
      rolldownOptions: { external: [/^preact/, /^@preact/] },
    },
  })) as import('vite').Rolldown.RolldownOutput[];
  const code = output
    .flatMap((result) => result.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
  expect(code).toContain('function ProductPoints');
  expect(code).not.toContain('function Panel');
  expect(code).not.toContain('function CheckoutRedemption');
});
