import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { hasFocus, widgets } from '../stories/play.ts';
import { SEED_CHECKOUT } from '../stories/storePage.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { CheckoutRedemption } from './index.ts';

/**
 * Points at checkout on a $59.00 cart, over the seed store: Maya (1,250
 * points) can use $5 off, free shipping (minimum $25) or 10% off.
 */
const meta = {
  title: 'Widgets/CheckoutRedemption',
  component: CheckoutRedemption,
  args: SEED_CHECKOUT,
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof CheckoutRedemption>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Choose, apply with one click, remove: keyboard focus stays on the control that replaces the one used. */
export const Member: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Earn 368 points with this order')).toBeVisible();
    const select = canvas.getByRole('combobox', { name: 'Choose a reward' });
    await expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      'rw_5off',
      'rw_ship',
      'rw_10pct',
    ]);

    await step('Apply free shipping', async () => {
      await userEvent.selectOptions(select, 'rw_ship');
      await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    });
    const remove = await canvas.findByRole('button', { name: 'Remove' });
    await expect(canvas.getByTestId('redemption-code')).toHaveTextContent(
      /Free shipping\W* applied with code \W*HARBOR-/,
    );
    await waitFor(() => expect(hasFocus(remove)).toBe(true));

    await step('Remove it', async () => {
      await userEvent.click(remove);
    });
    await expect(await canvas.findByRole('button', { name: 'Apply' })).toBeVisible();
  },
};

/**
 * The server redeemed, but its answer was lost: the checkout says so, where
 * the code will be, and that trying again is safe; the balance it shows is
 * read again from the server (1,250 → 750).
 */
export const AnswerLost: Story = {
  name: 'Answer lost',
  parameters: { loyalty: { state: 'answer_lost' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'If it went through, the code is in My rewards.',
    );
    await expect(await canvas.findByText('750 points')).toBeVisible();
  },
};

/** Guests are invited to sign in; the order's points are still shown. */
export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(canvas.getByText('Earn 295 points with this order')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in to use your points' })).toBeVisible();
  },
};

/** The backend never answers: after 3 seconds, a quiet note; nothing blocks the checkout. */
export const Loading: Story = {
  parameters: { loyalty: { state: 'loading' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    await expect(
      await canvas.findByText('Rewards unavailable right now', {}, { timeout: 5000 }),
    ).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** The backend failed: the same quiet note, at once. */
export const LoadFailed: Story = {
  name: 'Error',
  parameters: { loyalty: { state: 'error' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(widgets(canvasElement).getByText('Rewards unavailable right now')).toBeVisible();
  },
};

/** Arabic, right to left: reward titles isolated inside the options. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    const select = canvas.getByRole('combobox', { name: 'اختر مكافأة' });
    await expect(select.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
