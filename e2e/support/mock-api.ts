// Production mode for e2e tests: a real mock Storefront API over HTTP per test
// (fresh state, its engine inspectable), and the test checkout page configured
// to call it. The server runs from the mock backend's built dist/ (Node cannot
// load its TypeScript sources with their workspace imports); the demo secret
// comes from tokens.ts, which has no imports, and tokens are minted by the
// gateway's signer in that dist.
import { test as base, type Page } from '@playwright/test';
import type { MockServer, MockServerOptions } from '../../packages/mock-backend/src/server.ts';
import { DEMO_AUDIENCE, DEMO_SECRET } from '../../packages/mock-backend/src/tokens.ts';

type ServerModule = typeof import('../../packages/mock-backend/src/server.ts');
type IndexModule = typeof import('../../packages/mock-backend/src/index.ts');

const serverDist = new URL('../../packages/mock-backend/dist/server.js', import.meta.url).href;
const indexDist = new URL('../../packages/mock-backend/dist/index.js', import.meta.url).href;

/** A mock API on a free loopback port; close it when the test ends. */
export async function startApi(options: MockServerOptions = {}): Promise<MockServer> {
  const { startMockServer } = (await import(serverDist)) as ServerModule;
  return startMockServer({ port: 0, ...options });
}

/** Playwright's `test` with `api`: a fresh mock API per test, closed after it, pass or fail. */
export const test = base.extend<{ api: MockServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; there are none.
  api: async ({}, use) => {
    const server = await startApi();
    await use(server);
    await server.close();
  },
});

/** A customer token as the merchant's server would mint it; every claim can be spoiled. */
export async function mintToken(
  sub: string,
  { audience = DEMO_AUDIENCE, secret = DEMO_SECRET, expiresIn = 3600 } = {},
): Promise<string> {
  const { signToken } = (await import(indexDist)) as IndexModule;
  return signToken({ sub, aud: audience, exp: Math.floor(Date.now() / 1000) + expiresIn }, secret);
}

export const CHECKOUT = '/test/checkout.html';

/**
 * Points the test checkout page at `apiUrl` (signed in with `customerToken`
 * when given) through `window.LoyaltyKitConfig`, as a theme would render it.
 */
export function configure(
  page: Page,
  config: { apiUrl: string; customerToken?: string; locale?: string },
) {
  return page.addInitScript((c) => {
    (window as unknown as { LoyaltyKitConfig: unknown }).LoyaltyKitConfig = c;
  }, config);
}

/** Opens a panel page through the public API, as a merchant's own link would. */
export const openPanelPage = (page: Page, name: string) =>
  page.evaluate(
    (n) => (window as unknown as { LoyaltyKit: { open(page: string): void } }).LoyaltyKit.open(n),
    name,
  );

/** Every page of the panel (PANEL_PAGES in @loyaltykit/core), with its English heading. */
export const PANEL_PAGES = {
  home: 'Harbor Rewards',
  earn: 'Ways to earn',
  redeem: 'Ways to redeem',
  rewards: 'My rewards',
  vip: 'VIP tiers',
  referral: 'Refer a friend',
  activity: 'Activity',
} as const;

/** Uncaught errors of the page, to assert there are none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const launcher = (page: Page) =>
  page.locator('loyalty-launcher').getByRole('button', { name: /Rewards/ });
export const panel = (page: Page) => page.locator('loyalty-launcher').getByRole('dialog');
