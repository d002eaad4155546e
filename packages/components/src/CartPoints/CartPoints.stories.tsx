import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect } from 'storybook/test';
import { rendersNothing, widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { CartPoints } from './index.ts';

/** The cart's points on a $59.00 cart, over the seed store; Maya (Silver, 1,250 points). */
const meta = {
  title: 'Widgets/CartPoints',
  component: CartPoints,
  args: { subtotal: { amountMinor: 5900, currency: 'USD' } },
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof CartPoints>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 368 points for this cart; the tote (2,000) is 750 points away. */
export const Member: Story = {
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Earn 368 points with this order')).toBeVisible();
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '63');
  },
};

/** A $150.00 cart earns the rest of the way to the tote. */
export const UnlocksReward: Story = {
  name: 'Unlocks a reward',
  args: { subtotal: { amountMinor: 15000, currency: 'USD' } },
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText(/This order unlocks/)).toBeVisible();
  },
};

export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Earn 295 points with this order')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Join now' })).toBeVisible();
  },
};

/** Nothing until the programme is known. */
export const Loading: Story = {
  ...rendersNothing('loading'),
};

/** Nothing when the backend fails: the cart page carries on. */
export const LoadFailed: Story = {
  name: 'Error',
  ...rendersNothing('error'),
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const bar = widgets(canvasElement).getByRole('progressbar');
    await expect(bar.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
