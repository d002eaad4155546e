import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect } from 'storybook/test';
import { rendersNothing, widgetRoot, widgets } from '../stories/play.ts';
import { SEED_PRODUCT } from '../stories/storePage.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { ProductPoints } from './index.ts';

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

/** The bonus event's product in a card `width` px wide (its 8 px padding included), as a dense product grid has them. */
const narrowCard = (width: number): Story => ({
  args: BonusEvent.args,
  render: (args) => (
    <div style={{ inlineSize: `${width}px`, padding: '8px', boxSizing: 'border-box' }}>
      <ProductPoints {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const badge = widgets(canvasElement).getByText(/^2× points until |^نقاط مضاعفة/);
    const card = widgetRoot(canvasElement).getBoundingClientRect();
    // All of it on screen: nothing cut off or replaced by an ellipsis, every line inside the card.
    await expect(badge.scrollWidth).toBeLessThanOrEqual(badge.clientWidth);
    await expect(getComputedStyle(badge).textOverflow).not.toBe('ellipsis');
    for (const line of badge.getClientRects()) {
      await expect(line.left).toBeGreaterThanOrEqual(card.left);
      await expect(line.right).toBeLessThanOrEqual(card.right);
    }
  },
});

/** The badge wraps in a narrow card instead of ending in an ellipsis (issue 13). */
export const NarrowCard: Story = { name: 'Bonus in a 160 px card', ...narrowCard(160) };

/** The same card in Arabic, right to left. */
export const NarrowCardArabic: Story = {
  name: 'Bonus in a 160 px card, Arabic',
  globals: { locale: 'ar' },
  ...narrowCard(160),
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
