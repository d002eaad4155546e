import { expect, type Page, type Request } from '@playwright/test';
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

// Identity is the merchant-signed token and nothing else: a token the backend
// refuses leaves the shopper a guest with a way to sign in, and no request
// ever names the customer outright (DESIGN.md §8).

/** A token whose payload names someone else, under the original signature. */
function tamper(token: string, sub: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, sub })).toString('base64url');
  return `${header}.${forged}.${signature}`;
}

/** Everything a request carries: URL, headers and body. */
async function transcript(request: Request): Promise<string> {
  const headers = await request.allHeaders();
  return [request.url(), ...Object.entries(headers).flat(), request.postData() ?? ''].join('\n');
}

/**
 * Records every request the page sends; the returned function stops recording and gives
 * their transcripts. (A request still being recorded when the test ends would fail it.)
 */
function recordRequests(page: Page): () => Promise<string[]> {
  const sent: Promise<string>[] = [];
  const record = (request: Request) => sent.push(transcript(request));
  page.on('request', record);
  return () => {
    page.off('request', record);
    return Promise.all(sent);
  };
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

const REFUSED: Record<string, (sub: string, otherSub: string) => Promise<string>> = {
  'a tampered token': async (sub, other) => tamper(await mintToken(sub), other),
  'an expired token': (sub) => mintToken(sub, { expiresIn: -60 }),
  'a token for another audience': (sub) => mintToken(sub, { audience: 'some-other-shop' }),
};

for (const [name, token] of Object.entries(REFUSED)) {
  test(`${name} is refused: the shopper is a guest with a sign-in link`, async ({ page, api }) => {
    const errors = pageErrors(page);
    const sent = recordRequests(page);
    const { member, vip } = api.engine.personas;
    await configure(page, { apiUrl: api.url, customerToken: await token(member, vip) });
    await page.goto(CHECKOUT);

    await launcher(page).click();
    await expect(panel(page).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/account/login',
    );
    // The guest view: the programme, no balance, no launcher balance.
    await expect(panel(page).getByTestId('balance')).toHaveCount(0);
    await expect(launcher(page)).toHaveText('Rewards');

    const all = await sent();
    for (const id of [member, vip]) expect(all.filter((r) => r.includes(id))).toEqual([]);
    expect(all.filter((r) => EMAIL.test(r))).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a signed-in journey never sends a bare customer id or email', async ({ page, api }) => {
  const sent = recordRequests(page);
  const { member } = api.engine.personas;
  await configure(page, { apiUrl: api.url, customerToken: await mintToken(member) });
  await page.goto(`${CHECKOUT}?loyalty=redeem`);

  const row = panel(page).getByRole('listitem').filter({ hasText: '$5 off your order' });
  await row.getByRole('button', { name: 'Redeem' }).click();
  await row.getByRole('button', { name: 'Redeem now' }).click();
  await expect(row.getByTestId('redemption-code')).toHaveText(/^\S+$/);
  await openPanelPage(page, 'activity');
  await expect(panel(page).getByRole('heading', { name: 'Activity' })).toBeVisible();

  const all = await sent();
  // The journey did reach the API, with the token as its only identity.
  expect(all.some((r) => r.includes(`${api.url}/v1/me/redemptions`))).toBe(true);
  expect(all.filter((r) => r.includes(member))).toEqual([]);
  expect(all.filter((r) => EMAIL.test(r))).toEqual([]);
});
