import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, within } from 'storybook/test';
import { Launcher } from '../Launcher/index.ts';
import { findOpenDialog } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { Panel } from './index.ts';

/** The panel, open over the page, with the launcher that opened it. */
const meta = {
  title: 'Widgets/Panel',
  component: Panel,
  render: () => (
    <>
      <Launcher />
      <Panel />
    </>
  ),
  parameters: { loyalty: { state: 'member', open: true } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Maya, a Silver member, with 1,250 points and 120 on their way. */
export const Member: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Harbor Rewards');
    await expect(within(dialog).getByTestId('balance')).toHaveTextContent('1,250 points');
    await expect(within(dialog).getByText('+120 points on their way')).toBeVisible();
  },
};

/** No customer token: what joining gets you, and the way in. */
export const Guest: Story = {
  parameters: { loyalty: { state: 'guest', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Harbor Rewards');
    await expect(within(dialog).getByRole('link', { name: 'Join now' })).toBeVisible();
    await expect(within(dialog).queryByTestId('balance')).toBeNull();
  },
};

/** The backend has not answered yet. */
export const Loading: Story = {
  parameters: { loyalty: { state: 'loading', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Loading your rewards…');
  },
};

/** The backend failed with a `LoyaltyError`: an alert and a way to retry. */
export const LoadFailed: Story = {
  name: 'Error',
  parameters: { loyalty: { state: 'error', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    // Opening the panel retries the load once; it fails again.
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'We couldn’t load your rewards.',
    );
    await expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Arabic, right-to-left: mirrored layout, Arabic plurals and digits from `Intl`. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(within(dialog).getByText('رصيدك')).toBeVisible();
    // The seed's English reward titles keep their own direction ("$5 off", not "off $5").
    await expect(within(dialog).getByText('$5 off your order').tagName).toBe('BDI');
  },
};
