import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import {
  CHECKOUT,
  configure,
  launcher,
  mintToken,
  openPanelPage,
  pageErrors,
  panel,
  test,
} from './support/mock-api.ts';

// The built script tag, the mock API and openapi.yaml, checked against each other by a third
// party: Prism (@stoplight/prism-cli) as a validating proxy between the page and the mock. A
// member's whole journey goes through it, and every request and response it judges against the
// document must pass. Prism reports what breaks the document in three places, all collected:
// the `sl-violations` response header (every violation, warnings included), a problem+json it
// answers itself (with --errors: a request it refuses, or a response that breaks the document),
// and its log (at level warn it prints nothing else).

const PRISM = createRequire(import.meta.url).resolve('@stoplight/prism-cli');
const DOCUMENT = fileURLToPath(new URL('../packages/client/openapi.yaml', import.meta.url));

/** A port nothing listens on now (Prism takes it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Whether something listens on the port: a bare connection, so Prism logs nothing for it. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** `prism proxy` in front of `upstream` on a free loopback port, with its log. */
async function startPrism(upstream: string) {
  const port = await freePort();
  const started = performance.now();
  // --errors: a response that breaks the document becomes Prism's 500, a bad request its 4xx.
  // Level warn: Prism then prints only findings, past its banner.
  // One process: its multi-process mode reads `require('node:cluster').default`, which Node
  // leaves undefined unless a loader adds it, and then fails to start now and then (seen in CI).
  const args = [
    'proxy',
    DOCUMENT,
    upstream,
    '--errors',
    '--verboseLevel',
    'warn',
    '--multiprocess=false',
  ];
  const child = spawn(
    process.execPath,
    [PRISM, ...args, '--host', '127.0.0.1', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr.on('data', (chunk) => {
    log += chunk;
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      await once(child, 'exit');
    }
  };
  while (!(await accepts(port))) {
    if (child.exitCode !== null || performance.now() - started > 30_000) {
      await stop();
      throw new Error(`Prism did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    startMs: Math.round(performance.now() - started),
    findings: () =>
      log.split('\n').filter((line) => line.trim() !== '' && !line.includes('Starting Prism')),
    stop,
  };
}

/** The member's journey on the checkout page: load, open the panel, redeem, apply, cancel, activity. */
async function journey(page: Page) {
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');

  // Open the panel, redeem $5 off for 500 points, hand the code to the cart.
  await launcher(page).click();
  await expect(panel(page)).toBeVisible();
  await openPanelPage(page, 'redeem');
  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem', exact: true }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  const code = (await row.getByTestId('redemption-code').textContent()) ?? '';
  expect(code).toMatch(/^\S+$/);
  await expect(launcher(page)).toHaveText('750 points');
  await row.getByRole('button', { name: 'Apply to cart' }).click();

  // Changed their mind: cancel it in My rewards, and the points come back.
  await openPanelPage(page, 'rewards');
  const mine = panel(page).getByRole('listitem').filter({ hasText: code });
  await mine.getByRole('button', { name: 'Cancel and refund' }).click();
  // Cancelling asks first.
  await mine.getByRole('group').getByRole('button', { name: 'Cancel and refund' }).click();
  await expect(launcher(page)).toHaveText('1,250 points');

  // The ledger shows it.
  await openPanelPage(page, 'activity');
  await expect(panel(page).getByRole('heading', { name: 'Activity' })).toBeVisible();
  await expect(panel(page).getByText('$5 off your order').first()).toBeVisible();

  const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  await expect.poll(seen).toEqual(['redeem', 'redemption-cancelled']);
}

test('a member’s whole journey through Prism: no request or response breaks openapi.yaml', async ({
  page,
  api,
}) => {
  const prism = await startPrism(api.url);
  test.info().annotations.push({ type: 'prism start', description: `${prism.startMs} ms` });
  try {
    const errors = pageErrors(page);
    const violations: string[] = [];
    const calls = new Set<string>();
    page.on('response', async (response) => {
      if (!response.url().startsWith(prism.url)) return;
      const request = response.request();
      const path = new URL(response.url()).pathname.replace(/\/red_\w+$/, '/{id}');
      const where = `${request.method()} ${path} → ${response.status()}`;
      if (request.method() !== 'OPTIONS') calls.add(where);
      const header = await response.headerValue('sl-violations');
      for (const v of header
        ? (JSON.parse(header) as { location: string[]; message: string }[])
        : [])
        violations.push(`${where}: ${v.location.join('.')} ${v.message}`);
      if ((await response.headerValue('content-type'))?.includes('problem+json')) {
        const body = await response.text().catch(() => '');
        if (body.includes('stoplight.io/prism/errors')) violations.push(`${where}: ${body}`);
      }
    });
    await configure(page, {
      apiUrl: prism.url,
      customerToken: await mintToken(api.engine.personas.member),
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const type of ['redeem', 'redemption-cancelled'])
        document.addEventListener(`loyalty:${type}`, () => seen.push(type));
    });

    // A violation usually breaks the journey too (--errors turns a bad response into a 500):
    // what Prism found is the better message, so it is checked first.
    const broken = await journey(page).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect({ violations, log: prism.findings() }).toEqual({ violations: [], log: [] });
    if (broken) throw broken;
    // Every call the journey makes went through Prism, so "no violations" means something.
    expect([...calls]).toEqual(
      expect.arrayContaining([
        // Programme and member in one request (the model's load).
        'GET /v1/bootstrap → 200',
        'POST /v1/me/redemptions → 201',
        'DELETE /v1/me/redemptions/{id} → 200',
        'GET /v1/me/activity → 200',
      ]),
    );
    expect(errors).toEqual([]);
  } finally {
    await prism.stop();
  }
});
