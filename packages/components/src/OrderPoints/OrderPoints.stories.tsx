import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect } from 'storybook/test';
import { rendersNothing, widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { OrderPoints } from './index.ts';

/** The thank-you page after a $59.00 order, over the seed store. */
const meta = {
  title: 'Widgets/OrderPoints',
  component: OrderPoints,
  args: { orderTotal: { amountMinor: 5900, currency: 'USD' } },
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof OrderPoints>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Maya (Silver) earned 368 points; her referral link is ready to copy. */
export const Member: Story = {
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('You earned 368 points with this order')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy link' })).toBeVisible();
  },
};

export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Members earn 295 points on an order like this')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Join now' })).toBeVisible();
  },
};

export const Loading: Story = {
  ...rendersNothing('loading'),
};

export const LoadFailed: Story = {
  name: 'Error',
  ...rendersNothing('error'),
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const copy = widgets(canvasElement).getByRole('button', { name: 'نسخ الرابط' });
    await expect(copy.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
