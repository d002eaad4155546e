import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Panel } from '../Panel/index.ts';
import { LONG_STRINGS } from '../stories/longStrings.ts';
import { filledShare, findOpenDialog, findOverflowingText, widgetRoot } from '../stories/play.ts';
import type { LoyaltyStoryParameters } from '../stories/storyModel.ts';
import { AccountSummary } from './index.ts';

/** The account-page summary, with the (closed) panel its button opens. */
const meta = {
  title: 'Widgets/AccountSummary',
  component: AccountSummary,
  render: () => (
    <>
      <AccountSummary />
      <Panel />
    </>
  ),
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta<typeof AccountSummary>;

export default meta;

/** The summary alone: the closed panel beside it holds a balance and a loading line of its own. */
const summary = (canvasElement: HTMLElement) =>
  within(widgetRoot(canvasElement).firstElementChild as HTMLElement);

type Story = StoryObj<typeof meta>;

/** Maya: balance, Silver on the way to Gold, one unused code; the button opens My rewards. */
export const Member: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = summary(canvasElement);
    await expect(canvas.getByTestId('balance')).toHaveTextContent('1,250 points');
    await expect(canvas.getByText('1 unused reward')).toBeVisible();
    await step('Open my rewards', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'My rewards' }));
    });
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Harbor Rewards');
  },
};

/** Sofia (the engine's `vip` scenario): Silver, 150 points short of Gold, the bar nearly full. */
export const VipNearNextTier: Story = {
  name: 'VIP near next tier',
  parameters: { loyalty: { state: 'vip' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = summary(canvasElement);
    await expect(canvas.getByTestId('balance')).toHaveTextContent('3,850 points');
    await expect(canvas.getByText('You are Silver')).toBeVisible();
    await expect(canvas.getByText('150 points to Gold')).toBeVisible();
    const bar = canvas.getByRole('progressbar', { name: 'Gold' });
    await expect(bar).toHaveAttribute('aria-valuenow', '95');
    await expect(await filledShare(bar)).toBeCloseTo(0.95, 2);
  },
};

/** The toolbar's "Long strings": every message twice as long, in German-length words; nothing spills or is cut. */
export const LongTranslations: Story = {
  name: 'Long translations',
  globals: { locale: LONG_STRINGS },
  play: async ({ canvasElement }) => {
    const root = widgetRoot(canvasElement);
    await expect(summary(canvasElement).getByTestId('balance')).toHaveTextContent(
      '1,250 pointspöints',
    );
    await expect(findOverflowingText(root)).toEqual([]);
  },
};

export const Guest: Story = {
  parameters: { loyalty: { state: 'guest' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(summary(canvasElement).getByRole('link', { name: 'Join now' })).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { loyalty: { state: 'loading' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(summary(canvasElement).getByText('Loading your rewards…')).toBeVisible();
  },
};

export const LoadFailed: Story = {
  name: 'Error',
  parameters: { loyalty: { state: 'error' } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(summary(canvasElement).getByText('We couldn’t load your rewards.')).toBeVisible();
  },
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const button = summary(canvasElement).getByRole('button', { name: 'مكافآتي' });
    await expect(button.closest('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};
