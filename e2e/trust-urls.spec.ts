import { test as base, expect, type Page } from '@playwright/test';
import type { EngineSeed } from '../packages/mock-backend/src/engine/types.ts';
import type { MockServer } from '../packages/mock-backend/src/server.ts';
import {
  CHECKOUT,
  configure,
  mintToken,
  openPanelPage,
  PANEL_PAGES,
  pageErrors,
  panel,
  startApi,
} from './support/mock-api.ts';

// A hostile backend (issue 12, item 1): every URL it sends that could become a
// link runs script if it ever does. The built script tag must render no such
// link anywhere (panel pages, every embed), and nothing a shopper can click
// may run it.

const SCRIPT = 'javascript:window.__x=1';

type MockBackend = typeof import('../packages/mock-backend/src/index.ts');
const backendDist = new URL('../packages/mock-backend/dist/index.js', import.meta.url).href;

/** The US store with a script URL in every field that becomes a link. */
async function hostileSeed(): Promise<EngineSeed> {
  const { usStore } = (await import(backendDist)) as MockBackend;
  return {
    ...usStore,
    program: (today) => {
      const program = usStore.program(today);
      return {
        ...program,
        signUpUrl: SCRIPT,
        signInUrl: 'JAVASCRIPT:window.__x=1',
        earningRules: program.earningRules.map((rule) =>
          'url' in rule ? { ...rule, url: ' java\tscript:window.__x=1' } : rule,
        ),
      };
    },
    // The member's referral link is this plus their code.
    referralUrl: `${SCRIPT};//`,
  };
}

const test = base.extend<{ api: MockServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; there are none.
  api: async ({}, use) => {
    const server = await startApi({ seed: await hostileSeed() });
    await use(server);
    await server.close();
  },
});

/** Every embed the script tag has, added to the checkout page as a theme would. */
const EMBEDS = `
  <loyalty-product-points product-id="jacket" price="189.00" currency="USD"></loyalty-product-points>
  <loyalty-cart-points subtotal="227.00" currency="USD"></loyalty-cart-points>
  <loyalty-order-points order-total="227.00" currency="USD"></loyalty-order-points>
  <loyalty-account-summary></loyalty-account-summary>
  <loyalty-landing></loyalty-landing>`;

/** Every `href` inside our elements' shadow roots, with where the browser would go. */
const links = (page: Page) =>
  page.evaluate(() => {
    const found: { href: string; protocol: string }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const href = element.getAttribute('href');
        if (href !== null) {
          let protocol = 'invalid';
          try {
            protocol = new URL(href, document.baseURI).protocol;
          } catch {}
          found.push({ href, protocol });
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll('*')) {
      if (host.localName.startsWith('loyalty-') && host.shadowRoot) visit(host.shadowRoot);
    }
    return found;
  });

const ranScript = (page: Page) => page.evaluate(() => '__x' in window);

/**
 * Clicks each link and button of the panel's current page (its content, not
 * the close and back buttons), reopening the page before each click, since a
 * click may move the panel on.
 */
async function clickEverything(page: Page, name: string) {
  // The body under the header (the dialog's second part): a tab stop of its own only when it has no control.
  const content = () => panel(page).locator(':scope > div').nth(1);
  const controls = () => content().locator('a, button');
  const count = await controls().count();
  for (let i = 0; i < count; i++) {
    await openPanelPage(page, name);
    const control = controls().nth(i);
    if (await control.isVisible()) await control.click({ timeout: 2000 }).catch(() => {});
  }
}

const noScriptLinks = async (page: Page, where: string) => {
  const found = await links(page);
  expect(
    found.filter(({ protocol }) => protocol !== 'http:' && protocol !== 'https:'),
    where,
  ).toEqual([]);
  expect(found.map(({ href }) => href).join(' '), where).not.toMatch(/script/i);
};

test('a guest sees no link from a script URL on home, earn, referral and rewards, nor in any embed, and no click runs one', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await configure(page, { apiUrl: api.url });
  await page.goto(`${CHECKOUT}?loyalty=home`);
  await expect(panel(page).getByRole('heading', { name: 'Harbor Rewards' })).toBeVisible();

  for (const name of ['home', 'earn', 'referral', 'rewards'] as const) {
    await openPanelPage(page, name);
    if (name !== 'home' && name !== 'rewards') {
      await expect(panel(page).getByRole('heading', { name: PANEL_PAGES[name] })).toBeVisible();
    } else {
      // Guests get the programme's offer on these: what joining gives, without a way in.
      await expect(panel(page).getByText('Join Harbor Rewards')).toBeVisible();
    }
    await expect(panel(page).getByRole('link', { name: 'Join now' })).toHaveCount(0);
    await expect(panel(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    await noScriptLinks(page, name);
    await clickEverything(page, name);
    expect(await ranScript(page), name).toBe(false);
  }

  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  // The checkout asks a guest to sign in, in words: there is no sign-in page to link to.
  const checkout = page.locator('loyalty-checkout-redemption');
  await expect(checkout.getByText('Sign in to use your points')).toBeVisible();
  await expect(checkout.getByRole('link')).toHaveCount(0);
  await checkout.getByText('Sign in to use your points').click();

  // Reported once, however many pages and renders left it out.
  const reports = (field: string) => warnings.filter((text) => text.includes(field)).length;
  expect(reports('program.signUpUrl')).toBe(1);
  expect(reports('program.signInUrl')).toBe(1);

  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), EMBEDS);
  await expect(
    page.locator('loyalty-product-points').getByText(/Earn [\d,]+ points/),
  ).toBeVisible();
  await expect(page.locator('loyalty-cart-points').getByText(/Earn [\d,]+ points/)).toBeVisible();
  await expect(page.locator('loyalty-landing').getByRole('heading', { level: 2 })).toHaveText(
    'Harbor Rewards',
  );
  await expect(
    page.locator('loyalty-account-summary').getByText('Join Harbor Rewards'),
  ).toBeVisible();
  await expect(
    page
      .locator('loyalty-order-points')
      .getByText(/points/)
      .first(),
  ).toBeVisible();
  for (const embed of [
    'product-points',
    'cart-points',
    'order-points',
    'account-summary',
    'landing',
  ]) {
    await expect(page.locator(`loyalty-${embed}`).getByRole('link'), embed).toHaveCount(0);
  }
  await noScriptLinks(page, 'embeds');

  expect(await ranScript(page)).toBe(false);
  expect(page.url()).toContain(CHECKOUT);
  // Still once: product points and the panel's embeds share the runtime's one copy of the check.
  expect(reports('program.signUpUrl')).toBe(1);
  expect(reports('program.signInUrl')).toBe(1);
  expect(errors).toEqual([]);
});

test('a member is offered no script to follow, copy or share on earn and referral, and no click runs one', async ({
  page,
  api,
}) => {
  const errors = pageErrors(page);
  await configure(page, {
    apiUrl: api.url,
    customerToken: await mintToken(api.engine.personas.member),
  });
  await page.goto(`${CHECKOUT}?loyalty=earn`);
  await expect(panel(page).getByRole('heading', { name: PANEL_PAGES.earn })).toBeVisible();

  // The social rules stay listed with their points, with nothing to follow.
  await expect(panel(page).getByText('Follow us on Instagram')).toBeVisible();
  await expect(panel(page).getByRole('link', { name: /Follow|Share/ })).toHaveCount(0);
  await noScriptLinks(page, 'earn');
  await clickEverything(page, 'earn');

  await openPanelPage(page, 'referral');
  await expect(panel(page).getByRole('heading', { name: PANEL_PAGES.referral })).toBeVisible();
  await expect(panel(page).getByText(/friends? invited/)).toBeVisible();
  await expect(panel(page).getByText(/javascript/i)).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await noScriptLinks(page, 'referral');
  await clickEverything(page, 'referral');

  for (const name of ['home', 'rewards'] as const) {
    await openPanelPage(page, name);
    await noScriptLinks(page, name);
    await clickEverything(page, name);
  }

  await page.evaluate(
    (html) => document.body.insertAdjacentHTML('beforeend', html),
    '<loyalty-order-points order-total="227.00" currency="USD"></loyalty-order-points>',
  );
  const order = page.locator('loyalty-order-points');
  await expect(order.getByText(/You earned [\d,]+ points/)).toBeVisible();
  await expect(order.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await noScriptLinks(page, 'order points');

  expect(await ranScript(page)).toBe(false);
  expect(errors).toEqual([]);
});
