import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Launcher } from '../Launcher/index.ts';
import { Panel } from '../Panel/index.ts';
import { createLongI18n, LONG_STRINGS } from './longStrings.ts';
import {
  filledShare,
  findOpenDialog,
  findOverflowingText,
  hasFocus,
  widgetRoot,
  widgets,
} from './play.ts';
import { StorePage } from './StorePreview.tsx';
import type { LoyaltyStoryParameters } from './storyModel.ts';

/**
 * The widgets together in a data or language state that stresses them all:
 * the store page (product points, checkout redemption), the launcher and the
 * open panel, over the mock engine's scenarios. AccountSummary has the same
 * states in its own stories (beside an open panel it would repeat the
 * panel's balance landmark).
 */
const meta = {
  title: 'States',
  render: () => (
    <>
      <StorePage />
      <Launcher />
      <Panel />
    </>
  ),
  parameters: { loyalty: { state: 'member', open: true } satisfies LoyaltyStoryParameters },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Noah (the engine's `new_member` scenario), who joined today through Maya's
 * referral: his first points, nothing to redeem yet, so no dot on the launcher.
 */
export const NewMember: Story = {
  name: 'New member',
  parameters: { loyalty: { state: 'new_member', open: true } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    const panel = within(dialog);
    await expect(panel.getByText('Hi Noah')).toBeVisible();
    await expect(panel.getByTestId('balance')).toHaveTextContent(/^\d+ points?$/);
    const launcher = widgets(canvasElement).getByRole('button', {
      name: /^Rewards: \d+ points?$/,
      hidden: true,
    });
    await expect(launcher).toBeTruthy();
    await expect(widgets(canvasElement).queryByTestId('reward-ready')).toBeNull();
  },
};

/**
 * Sofia (the engine's `vip` scenario): Silver, 3,850 points, 150 short of
 * Gold. The panel opens on VIP tiers with the bar nearly full.
 */
export const VipNearNextTier: Story = {
  name: 'VIP near next tier',
  parameters: {
    loyalty: { state: 'vip', open: true, page: 'vip' } satisfies LoyaltyStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    const panel = within(dialog);
    await expect(panel.getByRole('heading', { name: 'VIP tiers' })).toBeVisible();
    await expect(panel.getByText('You are Silver')).toBeVisible();
    await expect(panel.getByText('150 points to Gold')).toBeVisible();
    // The current tier is marked, the next one shows its threshold.
    await expect(panel.getByText('Your tier')).toBeVisible();
    await expect(panel.getByText('From 5,000 points')).toBeVisible();

    const bar = panel.getByRole('progressbar', { name: 'Gold' });
    await expect(bar).toHaveAttribute('aria-valuenow', '95');
    await expect(bar).toHaveAttribute('aria-valuetext', '150 points to Gold');
    // What a sighted shopper sees: the bar almost full, not just the number.
    await expect(await filledShare(bar)).toBeCloseTo(0.95, 2);
    const launcher = widgets(canvasElement).getByRole('button', {
      name: 'Rewards: 3,850 points. A reward is ready to redeem',
      hidden: true,
    });
    await expect(launcher).toHaveTextContent('3,850 points');
  },
};

/**
 * Every English message twice as long, in German-length words ("Rewards" →
 * "Rewardsrewärds"): the toolbar's "Long strings" locale. Nothing may spill
 * out of its button, card or panel, be clipped, or leave the screen, on the
 * store page or on any page of the panel.
 */
export const LongTranslations: Story = {
  name: 'Long translations',
  globals: { locale: LONG_STRINGS },
  play: async ({ canvasElement, step }) => {
    const t = createLongI18n().t;
    const root = widgetRoot(canvasElement);
    const dialog = await findOpenDialog(canvasElement);
    const panel = within(dialog);
    // The stretched strings are the ones on screen.
    await expect(panel.getByText(t('panel.balance'))).toBeVisible();
    await within(root).findByText(t('cart.earn', { points: t('points', { count: 368 }) }));
    await expect(findOverflowingText(root)).toEqual([]);

    const pages = [
      'nav.redeem',
      'nav.earn',
      'nav.rewards',
      'nav.vip',
      'nav.referral',
      'nav.activity',
    ] as const;
    for (const key of pages) {
      await step(`${key}: nothing overflows`, async () => {
        await userEvent.click(panel.getByRole('button', { name: new RegExp(`^${t(key)}`) }));
        const heading = await panel.findByRole('heading', { name: t(key) });
        await waitFor(() => expect(hasFocus(heading)).toBe(true));
        if (key === 'nav.activity') await panel.findAllByRole('listitem');
        await expect(findOverflowingText(root)).toEqual([]);
        await userEvent.click(panel.getByRole('button', { name: t('panel.back') }));
        await panel.findByText(t('panel.balance'));
      });
    }
  },
};
