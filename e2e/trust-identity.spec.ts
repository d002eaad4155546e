import { expect, type Page, type Route } from '@playwright/test';
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

// The built script tag against the mock HTTP API, attacked by an impatient
// shopper and a careless host: what one shopper started is never handed to the
// next, a lost answer never leaves a stale balance, and one intent is one request.

/** Every `loyalty:*` event the page hears, kept on the window for the test to read. */
function recordEvents(page: Page) {
  return page.addInitScript(() => {
    const heard: { type: string; code?: string }[] = [];
    (window as unknown as { heard: typeof heard }).heard = heard;
    for (const type of ['redeem', 'redemption-cancelled']) {
      document.addEventListener(`loyalty:${type}`, (event) =>
        heard.push({ type, code: (event as CustomEvent<{ code: string }>).detail.code }),
      );
    }
  });
}
const heard = (page: Page) =>
  page.evaluate(() => (window as unknown as { heard: { type: string; code?: string }[] }).heard);

type Kit = { signOut(): Promise<void>; identify(token: string): Promise<void> };

/** Holds every redemption POST until `release()`; the server only sees it then. */
async function holdRedemptions(page: Page, apiUrl: string) {
  const held: Route[] = [];
  await page.route(`${apiUrl}/v1/me/redemptions`, (route) =>
    route.request().method() === 'POST' ? void held.push(route) : route.continue(),
  );
  return {
    arrived: () => expect.poll(() => held.length).toBe(1),
    release: () => Promise.all(held.splice(0).map((route) => route.continue())),
  };
}

const checkout = (page: Page) => page.locator('loyalty-checkout-redemption');

for (const [change, act] of [
  ['signOut()', () => 'signOut'],
  ['identify(another shopper)', () => 'identify'],
] as const) {
  test(`a redemption answered after ${change} reaches neither the page nor the next shopper`, async ({
    page,
    api,
  }) => {
    const errors = pageErrors(page);
    const { member, vip } = api.engine.personas;
    await recordEvents(page);
    await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
    const slow = await holdRedemptions(page, api.url);
    await page.goto(CHECKOUT);
    await expect(checkout(page)).toContainText('1,250 points');
    const otherToken = await mintToken(vip);

    // Apply and the host's sign-out in the same task, as an SPA's "Sign out" handler might.
    await checkout(page)
      .getByRole('button', { name: 'Apply' })
      .evaluate(
        (button, [method, token]) => {
          (button as HTMLButtonElement).click();
          const kit = (window as unknown as { LoyaltyKit: Kit }).LoyaltyKit;
          void (method === 'signOut' ? kit.signOut() : kit.identify(token));
        },
        [act(), otherToken] as const,
      );
    await slow.arrived();
    await slow.release();

    if (act() === 'signOut') {
      await expect(
        checkout(page).getByRole('link', { name: 'Sign in to use your points' }),
      ).toBeVisible();
      await expect(launcher(page)).toHaveText('Rewards');
    } else {
      await expect(checkout(page)).toContainText(
        `${api.engine.customer(vip)?.balance.available.toLocaleString('en-US')} points`,
      );
    }
    // The member's redemption did happen on the server; this page just never hands it on.
    const [issued] = api.engine.customer(member)?.redemptions ?? [];
    expect(issued?.code).toBeTruthy();
    await page.waitForTimeout(500);
    expect(await heard(page)).toEqual([]);
    const everything = await checkout(page).evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(everything).not.toContain(issued?.code ?? '');
    await expect(checkout(page).getByRole('status')).toHaveText('');
    expect(errors).toEqual([]);
  });
}

test('when every answer to a redemption is lost, the balance shown becomes the server’s and the shopper is told where the code is', async ({
  page,
  api,
}) => {
  const { member } = api.engine.personas;
  await page.route(`${api.url}/v1/me/redemptions`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    // The server commits; the answer never arrives, however often the client asks.
    await route.fetch();
    return route.abort('connectionreset');
  });
  const held = api.engine.customer(member)?.redemptions.length ?? 0;
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(CHECKOUT);
  await checkout(page).getByRole('button', { name: 'Apply' }).click();

  await expect(checkout(page).getByRole('alert')).toContainText('the code is in My rewards', {
    timeout: 15_000,
  });
  // Exactly one redemption on the server, whatever the retries.
  expect(api.engine.customer(member)?.redemptions).toHaveLength(held + 1);
  await expect(checkout(page)).toContainText('balance: 750 points', { timeout: 10_000 });
  await expect(launcher(page)).toHaveText('750 points');
  const { code } = api.engine.customer(member)?.redemptions[0] ?? {};
  await openPanelPage(page, 'rewards');
  await expect(panel(page).getByText(code ?? '-')).toBeVisible();
});

test('two tabs: the tab that loses the race ends up showing the server’s numbers', async ({
  context,
  api,
}) => {
  const { member } = api.engine.personas;
  const token = await mintToken(member);
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) {
    await configure(tab, { apiUrl: api.url, customerToken: token });
    await tab.goto(CHECKOUT);
    await expect(checkout(tab)).toContainText('balance: 1,250 points');
  }
  // The first tab spends 1,000 of the 1,250 points on two $5 codes.
  for (const expected of ['750', '250']) {
    await checkout(first).getByRole('button', { name: 'Apply' }).click();
    await expect(checkout(first).getByRole('button', { name: 'Remove' })).toBeVisible();
    await expect(checkout(first)).toContainText(`balance: ${expected} points`);
    if (expected === '750') {
      // Applied codes stay with the order: a new checkout (a reload) picks the next one.
      await first.reload();
    }
  }
  // The second tab still believes in 1,250 and tries.
  await checkout(second).getByRole('button', { name: 'Apply' }).click();
  await expect(checkout(second).getByRole('status')).toContainText('enough points');
  // Not "not enough points" beside 1,250: the numbers the server holds, and nothing to pick.
  await expect(checkout(second)).toContainText('balance: 250 points');
  await expect(checkout(second)).toContainText('No rewards for this order yet');
  await expect(launcher(second)).toHaveText('250 points');
});

test('three quick clicks on Remove send one cancel and fire one event', async ({ page, api }) => {
  const { member } = api.engine.personas;
  const deletes: string[] = [];
  page.on('request', (r) => r.method() === 'DELETE' && deletes.push(r.url()));
  await recordEvents(page);
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(CHECKOUT);
  await checkout(page).getByRole('button', { name: 'Apply' }).click();
  const remove = checkout(page).getByRole('button', { name: 'Remove' });
  await expect(remove).toBeVisible();
  await remove.evaluate((button) => {
    for (let i = 0; i < 3; i++) (button as HTMLButtonElement).click();
  });
  await expect(checkout(page).getByRole('button', { name: 'Apply' })).toBeVisible();
  await expect(launcher(page)).toHaveText('1,250 points');
  await page.waitForTimeout(300);
  expect(deletes).toHaveLength(1);
  expect((await heard(page)).map((e) => e.type)).toEqual(['redeem', 'redemption-cancelled']);
});

test('“Cancel and refund” asks first, and confirmed twice sends one cancel and fires one event', async ({
  page,
  api,
}) => {
  const { member } = api.engine.personas;
  const [seeded] = api.engine.customer(member)?.redemptions ?? [];
  const deletes: string[] = [];
  page.on('request', (r) => r.method() === 'DELETE' && deletes.push(r.url()));
  await recordEvents(page);
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(`${CHECKOUT}?loyalty=rewards`);
  // A double click on the first button opens the question and confirms nothing.
  await panel(page).getByRole('button', { name: 'Cancel and refund' }).dblclick();
  const question = panel(page).getByRole('group', { name: /^Cancel this code/ });
  await expect(question).toBeFocused();
  await page.waitForTimeout(300);
  expect(deletes).toHaveLength(0);
  const yes = question.getByRole('button', { name: 'Cancel and refund' });
  await yes.evaluate((button) => {
    (button as HTMLButtonElement).click();
    (button as HTMLButtonElement).click();
  });
  await expect(panel(page).getByText(seeded?.code ?? '-')).toHaveCount(0);
  await expect(launcher(page)).toHaveText('1,750 points');
  await page.waitForTimeout(300);
  expect(deletes).toHaveLength(1);
  expect((await heard(page)).map((e) => e.type)).toEqual(['redemption-cancelled']);
});

test('signing in and out a hundred times fetches the programme once: it does not depend on the shopper', async ({
  page,
  api,
}) => {
  const { member, vip } = api.engine.personas;
  const programs: string[] = [];
  // Either request brings the programme: the bootstrap at load, or GET /v1/program.
  page.on(
    'request',
    (r) =>
      /\/v1\/(program|bootstrap)$/.test(r.url()) && r.method() === 'GET' && programs.push(r.url()),
  );
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(CHECKOUT);
  await expect(launcher(page)).toHaveText('1,250 points');
  const vipToken = await mintToken(vip);
  await page.evaluate(async (token) => {
    const kit = (window as unknown as { LoyaltyKit: Kit }).LoyaltyKit;
    for (let i = 0; i < 50; i++) {
      await kit.identify(token);
      await kit.signOut();
    }
    await kit.identify(token);
  }, vipToken);
  await expect(launcher(page)).toHaveText(
    `${api.engine.customer(vip)?.balance.available.toLocaleString('en-US')} points`,
  );
  expect(programs).toHaveLength(1);
});

test('a code redeemed in the panel is not shown to the next shopper, though the panel stays open', async ({
  page,
  api,
}) => {
  const { member, vip } = api.engine.personas;
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(`${CHECKOUT}?loyalty=redeem`);
  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  const code = await row.getByTestId('redemption-code').textContent();
  expect(code).toBeTruthy();

  const vipToken = await mintToken(vip);
  await page.evaluate(
    (token) => (window as unknown as { LoyaltyKit: Kit }).LoyaltyKit.identify(token),
    vipToken,
  );
  await expect(launcher(page)).toHaveText(
    `${api.engine.customer(vip)?.balance.available.toLocaleString('en-US')} points`,
  );
  await expect(row.getByRole('button', { name: 'Redeem' })).toBeVisible();
  await expect(panel(page).getByTestId('redemption-code')).toHaveCount(0);
  expect(await panel(page).textContent()).not.toContain(code ?? '-');
});
