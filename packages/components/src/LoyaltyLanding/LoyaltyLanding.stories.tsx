import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent } from 'storybook/test';
import { widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { LoyaltyLanding } from './index.ts';

/** The landing page section over the seed store's programme. */
const meta = {
  title: 'Widgets/LoyaltyLanding',
  component: LoyaltyLanding,
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof LoyaltyLanding>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a shopper without an account sees: join and sign in, every section, answers on demand. */
export const Guest: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Harbor Rewards' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Join now' })).toBeVisible();
    const question = canvas.getByText('When can I spend points from an order?');
    await step('Open an answer', async () => {
      await userEvent.click(question);
    });
    await expect(canvas.getByText(/^14 days after your order/)).toBeVisible();
  },
};

/** Members are sent to their rewards instead of being asked to join. */
export const Member: Story = {
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(
      await widgets(canvasElement).findByRole('button', { name: 'My rewards' }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { loyalty: { state: 'loading' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText('Loading your rewards…')).toBeVisible();
  },
};

export const LoadFailed: Story = {
  name: 'Error',
  parameters: { loyalty: { state: 'error' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText('We couldn’t load your rewards.')).toBeVisible();
  },
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const heading = widgets(canvasElement).getByRole('heading', { name: 'الأسئلة الشائعة' });
    await expect(heading.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
