import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { inSentence } from './support/catalogs.ts';

// A friend follows a member's referral link to the demo store: the guest view
// welcomes them, says what friends get, and the join link passes the code on
// to the merchant's sign-up page, however they browse before opening the panel.

const dialog = (page: Page) => page.locator('loyalty-launcher dialog[open]');
const launcher = (page: Page) => page.locator('loyalty-launcher button[aria-haspopup]');

/** Every page of the visit starts signed out (the demo store signs its demo member in otherwise). */
async function asGuest(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { LoyaltyKit: unknown[] }).LoyaltyKit = [['signOut']];
  });
}

/** Violations inside our element, as "rule: target" lines (readable when they fail). */
async function violations(page: Page, element = 'loyalty-launcher'): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).include(element).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Opens the panel with the launcher and waits for its opening animation to end. */
async function openPanel(page: Page) {
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));
}

test('the link a member shares welcomes their friend, on whatever page they open the panel, and the join link keeps the code', async ({
  page,
}) => {
  // The member copies their link from the panel's referral page.
  await page.goto('/?loyalty=referral');
  await expect(dialog(page).getByRole('heading', { name: 'Refer a friend' })).toBeVisible();
  // The whole link, on one line in its read-only field.
  const shared = new URL(
    await dialog(page).getByRole('textbox', { name: 'Your referral link' }).inputValue(),
  );
  expect(shared.origin).toBe('https://harbor.example');
  const code = shared.searchParams.get('lk_ref');
  expect(code).toMatch(/^[\w-]+$/);

  // The friend lands on the store with it, browses on, and only then opens the panel.
  await asGuest(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/${shared.search}`);
  await expect(launcher(page)).toHaveText('Rewards');
  // The panel was never needed on the landing page: its code did not load there.
  expect(requested.some((path) => path.includes('loyaltykit-panel'))).toBe(false);
  await page.goto('/product.html');
  await expect(launcher(page)).toHaveText('Rewards');
  await openPanel(page);

  const welcome = dialog(page).getByRole('region', {
    name: 'A friend invited you to Harbor Rewards',
  });
  await expect(welcome).toContainText(
    'Join now and get $10.00 off on your first order. For orders of $50.00 or more.',
  );
  await expect(welcome).toContainText('Plus 200 points for joining.');
  await expect(welcome).toContainText(`Invitation code: ${code}`);
  await expect(dialog(page).getByRole('link', { name: 'Join now' })).toHaveAttribute(
    'href',
    `/account/register?lk_ref=${code}`,
  );
  await expect(dialog(page).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    '/account/login',
  );
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/referral-welcome-en.png' });
});

test('every join link of the store passes the code on, not only the panel’s', async ({ page }) => {
  await asGuest(page);
  await page.goto('/?lk_ref=MAYA-7K2');
  await expect(launcher(page)).toHaveText('Rewards');

  await page.goto('/rewards.html');
  const landing = page.locator('loyalty-landing');
  await expect(landing.getByRole('link', { name: 'Join now' })).toHaveAttribute(
    'href',
    '/account/register?lk_ref=MAYA-7K2',
  );

  await page.goto('/account.html');
  const account = page.locator('loyalty-account-summary');
  await expect(
    account.getByRole('region', { name: 'A friend invited you to Harbor Rewards' }),
  ).toBeVisible();
  await expect(account.getByRole('link', { name: 'Join now' })).toHaveAttribute(
    'href',
    '/account/register?lk_ref=MAYA-7K2',
  );
  expect(await violations(page, 'loyalty-account-summary')).toEqual([]);

  await page.goto('/product.html');
  await expect(
    page.locator('loyalty-product-points').getByRole('link', { name: 'Join now' }),
  ).toHaveAttribute('href', '/account/register?lk_ref=MAYA-7K2');
});

test('Arabic: the referral welcome right to left, axe clean', async ({ page }) => {
  await asGuest(page);
  await page.goto('/?lang=ar&lk_ref=MAYA-7K2');
  await expect(launcher(page)).toHaveText('المكافآت');
  await openPanel(page);

  const welcome = dialog(page).getByRole('region', {
    name: `دعاك صديق إلى ${inSentence('ar', 'Harbor Rewards')}`,
  });
  await expect(welcome).toContainText(`انضم الآن واحصل على ${'\u2068'}خصم`);
  await expect(welcome).toContainText('في طلبك الأول.');
  await expect(welcome).toContainText('عند الانضمام.');
  await expect(welcome).toContainText(`رمز الدعوة: ${inSentence('ar', 'MAYA-7K2')}`);
  expect(await welcome.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await expect(dialog(page).getByRole('link', { name: 'انضم الآن' })).toHaveAttribute(
    'href',
    '/account/register?lk_ref=MAYA-7K2',
  );
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/referral-welcome-ar.png' });
});

test('a member arriving by a referral link is not welcomed as a friend', async ({ page }) => {
  await page.goto('/?lk_ref=MAYA-7K2');
  await expect(launcher(page)).toHaveText('1,250 points');
  await openPanel(page);
  await expect(dialog(page).getByTestId('balance')).toHaveText('1,250 points');
  await expect(dialog(page).getByTestId('referral-welcome')).toHaveCount(0);
});
