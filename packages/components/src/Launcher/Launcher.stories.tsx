import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Panel } from '../Panel/index.ts';
import { findOpenDialog, hasFocus, pressEscape, widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { Launcher } from './index.ts';

/**
 * The floating button. It is rendered with the (closed) panel so that it has
 * something to open, as on a storefront.
 */
const meta = {
  title: 'Widgets/Launcher',
  component: Launcher,
  render: () => (
    <>
      <Launcher />
      <Panel />
    </>
  ),
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof Launcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A signed-in member sees their balance on the button, and a dot: a reward is within reach. */
export const Member: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = widgets(canvasElement);
    const launcher = canvas.getByRole('button', {
      name: 'Rewards: 1,250 points. A reward is ready to redeem',
    });
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByTestId('reward-ready')).toBeVisible();

    await step('Open the panel', async () => {
      await userEvent.click(launcher);
    });

    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Harbor Rewards');
    await expect(dialog).toHaveAttribute('open');
    await expect(within(dialog).getByTestId('balance')).toHaveTextContent('1,250 points');
    await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  },
};

/** A guest (no customer token) sees the programme's call to action. */
export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const launcher = widgets(canvasElement).getByRole('button', { name: 'Rewards' });
    await expect(launcher).toBeVisible();
  },
};

/** Escape closes the dialog and puts focus back on the launcher (WAI-ARIA dialog pattern). */
export const EscapeCloses: Story = {
  name: 'Escape closes, focus returns',
  play: async ({ canvasElement, step }) => {
    const canvas = widgets(canvasElement);
    const launcher = canvas.getByRole('button', { name: /1,250 points/ });

    await step('Open the panel', async () => {
      await userEvent.click(launcher);
    });
    const dialog = await findOpenDialog(canvasElement);

    await step('Press Escape', async () => {
      await pressEscape(dialog);
    });

    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(hasFocus(launcher)).toBe(true);
  },
};

/** Arabic: right-to-left, the launcher mirrored into the bottom-left corner. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const launcher = widgets(canvasElement).getByRole('button', { name: /المكافآت/ });
    await expect(launcher.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
