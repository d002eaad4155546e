import { createI18n, type Locale, type LoyaltyModel } from '@loyaltykit/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect } from 'storybook/test';
import { rendersNothing, widgetRoot, widgets } from '../stories/play.ts';
import { SEED_PRODUCT } from '../stories/storePage.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { ProductPoints } from './index.ts';
import { until } from './ProductPoints.tsx';

/**
 * "Earn N points" on a product page, from the seed store (5 points per $1,
 * 2× on outerwear, a live double-points week on outerwear). Maya is Silver:
 * 1.25× on everything.
 */
const meta = {
  title: 'Widgets/ProductPoints',
  component: ProductPoints,
  args: SEED_PRODUCT,
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof ProductPoints>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A $59.00 shirt for a Silver member: 295 × 1.25 = 368 points. */
export const Member: Story = {
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText('Earn 368 points')).toBeVisible();
  },
};

/** A $189.00 jacket in outerwear during the double-points week: 945 × 2 × 1.25 × 2. */
export const BonusEvent: Story = {
  name: 'Bonus event',
  args: {
    productId: 'storm-jacket',
    price: { amountMinor: 18900, currency: 'USD' },
    collectionIds: ['outerwear'],
  },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Earn 4,725 points')).toBeVisible();
    await expect(canvas.getByText(/^2× points until /)).toBeVisible();
  },
};

/** How many lines `length` characters of `node` from `start` are drawn on (bidi runs on one line count once). */
function linesOf(node: Text, start: number, length: number): number {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + length);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/** The bonus event's product in a card `width` px wide (its 8 px padding included), as a dense product grid has them. */
const narrowCard = (width: number, locale: Locale = 'en'): Story => ({
  args: BonusEvent.args,
  globals: { locale },
  render: (args) => (
    <div style={{ inlineSize: `${width}px`, padding: '8px', boxSizing: 'border-box' }}>
      <ProductPoints {...args} />
    </div>
  ),
  play: async ({ canvasElement, loaded }) => {
    const { t, tag } = createI18n(locale);
    // The badge as the catalog words it, whatever it is filled with.
    const parts = t('product.bonus', { multiplier: '\0', date: '\0' }).split(/\u2068?\0\u2069?/);
    const words = new RegExp(
      `^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`,
    );
    const badge = widgets(canvasElement).getByText(words);
    const card = widgetRoot(canvasElement).getBoundingClientRect();
    // All of it on screen: nothing cut off or replaced by an ellipsis, every line inside the card.
    await expect(badge.scrollWidth).toBeLessThanOrEqual(badge.clientWidth);
    await expect(getComputedStyle(badge).textOverflow).not.toBe('ellipsis');
    for (const line of badge.getClientRects()) {
      await expect(line.left).toBeGreaterThanOrEqual(card.left);
      await expect(line.right).toBeLessThanOrEqual(card.right);
    }
    // It wraps between words, never inside one ("poi-nts"), and keeps the date whole.
    const text = badge.firstChild as Text;
    const segments = new Intl.Segmenter(locale, { granularity: 'word' }).segment(text.data);
    for (const { segment, index, isWordLike } of segments) {
      if (isWordLike) await expect(linesOf(text, index, segment.length), segment).toBe(1);
    }
    const event = (loaded.model as LoyaltyModel).program.value?.bonusEvents[0];
    const date = until(tag, event?.endsAt ?? '');
    await expect(text.data).toContain(date);
    await expect(linesOf(text, text.data.indexOf(date), date.length), date).toBe(1);
  },
});

/** The badge wraps in a narrow card instead of ending in an ellipsis (issue 13). */
export const NarrowCard: Story = { name: 'Bonus in a 160 px card', ...narrowCard(160) };

/** The same card in Arabic, right to left. */
export const NarrowCardArabic: Story = {
  name: 'Bonus in a 160 px card, Arabic',
  ...narrowCard(160, 'ar'),
};

/** Narrower still, in every language: the badge takes lines of its own, the date in one piece. */
export const NarrowerCard: Story = { name: 'Bonus in a 120 px card', ...narrowCard(120) };
export const NarrowerCardArabic: Story = {
  name: 'Bonus in a 120 px card, Arabic',
  ...narrowCard(120, 'ar'),
};
export const NarrowerCardThai: Story = {
  name: 'Bonus in a 120 px card, Thai',
  ...narrowCard(120, 'th'),
};
export const NarrowerCardKorean: Story = {
  name: 'Bonus in a 120 px card, Korean',
  ...narrowCard(120, 'ko'),
};

/** Guests see what they would earn, and the way in. */
export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Earn 295 points')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Join now' })).toHaveAttribute(
      'href',
      '/account/register',
    );
  },
};

/** Gift cards earn nothing: the widget takes no space at all. */
export const Excluded: Story = {
  args: { productId: 'gift-card', price: { amountMinor: 5000, currency: 'USD' } },
  play: async ({ canvasElement }) => {
    await expect(widgetRoot(canvasElement).childElementCount).toBe(0);
  },
};

/** Before the programme arrives: an empty row as tall as the loaded one, so nothing shifts. */
export const Loading: Story = {
  parameters: { loyalty: { state: 'loading' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const row = widgetRoot(canvasElement).firstElementChild as HTMLElement;
    await expect(row).toHaveAttribute('aria-hidden', 'true');
    await expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

/** The backend failed: nothing is shown, and no gap is left. */
export const LoadFailed: Story = {
  name: 'Error',
  ...rendersNothing('error'),
};

/** Arabic, right to left, Arabic digits. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const text = widgets(canvasElement).getByText(/^اكسب /);
    await expect(text.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
