import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { widgets } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { Nudge } from './index.ts';

/** The nudge over the seed store, at once (no delay): Maya (Silver, 1,250 points) can redeem $5 off for 500. */
const meta = {
  title: 'Widgets/Nudge',
  component: Nudge,
  args: { delayMs: 0, durationMs: 600_000 },
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof Nudge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Member: Story = {
  play: async ({ canvasElement }) => {
    const canvas = widgets(canvasElement);
    const nudge = await canvas.findByTestId('nudge');
    await expect(nudge).toHaveTextContent('You can redeem 500 points for');
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(canvas.queryByTestId('nudge')).toBeNull());
  },
};

/** Guests are never nudged: there is nothing of theirs to redeem. */
export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(widgets(canvasElement).queryByTestId('nudge')).toBeNull();
  },
};
