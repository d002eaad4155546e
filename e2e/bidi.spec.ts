import { expect, type Locator, type Page } from '@playwright/test';
import type * as MockBackend from '../packages/mock-backend/src/index.ts';
import {
  CHECKOUT,
  configure,
  mintToken,
  openPanelPage,
  panel,
  startApi,
  test,
} from './support/mock-api.ts';

// Issue 17, words: in Arabic every interpolated value is isolated, so the
// sentences read in the order they are written. Checked where a shopper sees
// them, by where Chromium paints each word (Range.getClientRects), not by the
// DOM's text: "5 نقاط لكل 1.00 US$" must not paint "$US", an English
// "5 points for every $1 you spend" must not end in "5".

/** Where each token (its first occurrence in the element's text) is painted. */
function boxes(element: Locator, tokens: readonly string[]) {
  return element.evaluate((root, wanted) => {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      starts.push(text.length);
      nodes.push(node as Text);
      text += (node as Text).data;
    }
    const at = (offset: number): [Text, number] => {
      let i = nodes.length - 1;
      while (i > 0 && (starts[i] ?? 0) > offset) i--;
      return [nodes[i] as Text, offset - (starts[i] ?? 0)];
    };
    return wanted.map((token) => {
      const index = text.indexOf(token);
      if (index < 0) throw new Error(`"${token}" is not in "${text}"`);
      const range = document.createRange();
      range.setStart(...at(index));
      range.setEnd(...at(index + token.length));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return {
        token,
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
      };
    });
  }, tokens);
}

/**
 * Asserts that `tokens`, in the order they are written, are painted in
 * reading order: right to left (or left to right) along a line, and on a
 * later line when the text wraps.
 */
async function expectReadingOrder(
  element: Locator,
  direction: 'rtl' | 'ltr',
  tokens: readonly string[],
) {
  const painted = await boxes(element, tokens);
  const order = painted.map(({ token }) => token);
  for (let i = 1; i < painted.length; i++) {
    const a = painted[i - 1]!;
    const b = painted[i]!;
    const sameLine = Math.abs(a.top - b.top) < 4;
    const inOrder = !sameLine
      ? b.top > a.top
      : direction === 'rtl'
        ? b.right <= a.left + 1
        : b.left >= a.right - 1;
    expect(inOrder, `"${b.token}" after "${a.token}" (${direction}) in ${order.join(' · ')}`).toBe(
      true,
    );
  }
}

/** `US$` painted as written, U then S then $, left to right. */
const expectUsDollar = (element: Locator) => expectReadingOrder(element, 'ltr', ['U', 'S', '$']);

const landingRow = (page: Page, title: string) =>
  page.locator('loyalty-landing li').filter({ hasText: title });

test('the landing in Arabic: the order rule’s rate and the merchant’s own sentence read right to left, US$ 1.00 as written', async ({
  page,
}) => {
  await page.goto('/rewards.html?lang=ar');
  const row = landingRow(page, 'تسوّق من متجرنا');
  const rate = row.locator('span', { hasText: 'لكل' });
  await expect(rate).toBeVisible();
  await expectReadingOrder(rate, 'rtl', ['5', 'نقاط', 'لكل', '1.00', 'US$']);
  await expectUsDollar(rate);
  // The programme's own text, in Arabic since the backend has it (Accept-Language).
  const description = row.locator('p', { hasText: 'تنفقه' });
  await expectReadingOrder(description, 'rtl', ['5', 'نقاط', 'مقابل', 'كل', '1', 'دولار', 'تنفقه']);
});

test('the pasted static landing reads the same before any script runs', async ({ page }) => {
  await page.route('**/loyaltykit/**', (route) => route.abort());
  await page.goto('/rewards.html?lang=ar');
  const rate = landingRow(page, 'تسوّق من متجرنا').locator('span', { hasText: 'لكل' });
  await expect(rate).toBeVisible();
  await expectReadingOrder(rate, 'rtl', ['5', 'نقاط', 'لكل', '1.00', 'US$']);
  await expectUsDollar(rate);
});

test('an English programme in an Arabic panel: its sentence stays “5 points for every $1 you spend”', async ({
  page,
}) => {
  // A backend with the programme in English only (no Arabic to answer Accept-Language with).
  const { usStore } = (await import(
    new URL('../packages/mock-backend/dist/index.js', import.meta.url).href
  )) as typeof MockBackend;
  const api = await startApi({ seed: { ...usStore, translations: undefined } });
  await configure(page, {
    apiUrl: api.url,
    customerToken: await mintToken(api.engine.personas.member),
    locale: 'ar',
  });
  try {
    await page.goto(CHECKOUT);
    await openPanelPage(page, 'earn');
    const row = panel(page).locator('li').filter({ hasText: 'Place an order' });
    const description = row.locator('p', { hasText: 'you spend' });
    await expect(description).toBeVisible();
    await expectReadingOrder(description, 'ltr', [
      '5',
      'points',
      'for',
      'every',
      '$1',
      'you',
      'spend',
    ]);
    const rate = row.locator('span', { hasText: 'لكل' });
    await expectReadingOrder(rate, 'rtl', ['5', 'نقاط', 'لكل', '1.00', 'US$']);
    await expectUsDollar(rate);

    // An English reward title inside an Arabic question: "$5 off your order" as a whole, on
    // the far side of "مقابل", never "off $5".
    await openPanelPage(page, 'redeem');
    const reward = panel(page).locator('li').filter({ hasText: '$5 off your order' });
    await reward.getByRole('button', { name: 'استبدال' }).click();
    const question = reward.locator('p', { hasText: 'هل تريد' });
    await expectReadingOrder(question, 'rtl', ['تريد', 'استخدام', '500', 'نقطة', 'مقابل', 'order']);
    await expectReadingOrder(question, 'ltr', ['$5', 'off', 'your', 'order']);
  } finally {
    await api.close();
  }
});

test('the referral copy in Arabic: what friends get, the points and the link read in order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?lang=ar&loyalty=referral');
  const dialog = page.locator('loyalty-launcher dialog[open]');
  const offer = dialog.locator('p', { hasText: 'يحصل أصدقاؤك' });
  await expect(offer).toBeVisible();
  await expectReadingOrder(offer, 'rtl', [
    'يحصل',
    'خصم',
    '10.00',
    'US$',
    'طلبهم',
    'وتحصل',
    '500',
    'نقطة',
    'يشترون',
  ]);
  await expectUsDollar(offer);
  // The link is one left-to-right line in its read-only field, whatever the panel's direction.
  const link = dialog.getByRole('textbox', { name: 'رابط الدعوة الخاص بك' });
  await expect(link).toHaveCSS('direction', 'ltr');
  await expect(link).toHaveValue(/^https:\/\/harbor\.example\/\S*lk_ref=/);
});
