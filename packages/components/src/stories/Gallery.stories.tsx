import type { PanelPage } from '@loyaltykit/core';
import type { Meta, StoryObj } from '@storybook/preact-vite';
import type { JSX } from 'preact';
import { expect } from 'storybook/test';
import { AccountSummary } from '../AccountSummary/index.ts';
import { CartPoints } from '../CartPoints/index.ts';
import { CheckoutRedemption } from '../CheckoutRedemption/index.ts';
import { Launcher } from '../Launcher/index.ts';
import { LoyaltyLanding } from '../LoyaltyLanding/index.ts';
import { OrderPoints } from '../OrderPoints/index.ts';
import { Panel } from '../Panel/index.ts';
import { ProductPoints } from '../ProductPoints/index.ts';
import { findOpenDialog, findOverflowingText, widgetRoot } from './play.ts';
import { SEED_CHECKOUT, SEED_PRODUCT } from './storePage.ts';
import type { LoyaltyStoryParameters } from './storyModel.ts';
import type { BrandPreset } from './themes.ts';

/**
 * Every panel page and every embed, for designers to review: pick the brand
 * (the default and four hard colours), light or dark, the language and a
 * phone or desktop viewport in the toolbar. Each story also has an Arabic,
 * dark twin in one of the hard brand colours, so the story tests check
 * right-to-left and dark in every brand colour; `node scripts/gallery.mjs`
 * shoots every combination into contact sheets.
 */
const meta = {
  title: 'Gallery',
  parameters: { loyalty: { state: 'member' } satisfies LoyaltyStoryParameters },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The panel open on `page`, for a member, or for a guest. */
const panelPage = (page: PanelPage, state: 'member' | 'guest' = 'member'): Story => ({
  render: () => (
    <>
      <Launcher />
      <Panel />
    </>
  ),
  parameters: { loyalty: { state, open: true, page } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }) => {
    const dialog = await findOpenDialog(canvasElement);
    await expect(dialog.querySelector('[aria-busy="true"]')).toBeNull();
    await expect(findOverflowingText(dialog)).toEqual([]);
  },
});

/** An embed on its own, the way a store page holds it. */
const embed = (render: () => JSX.Element, state: 'member' | 'guest' = 'member'): Story => ({
  render,
  parameters: { loyalty: { state } satisfies LoyaltyStoryParameters, storePage: true },
  play: async ({ canvasElement }) => {
    const root = widgetRoot(canvasElement);
    await expect(root.textContent?.trim()).not.toBe('');
    await expect(findOverflowingText(root)).toEqual([]);
  },
});

/** The same story in Arabic, dark, in `brand`. */
const arabicDark = (story: Story, brand: BrandPreset): Story => ({
  ...story,
  name: `${story.name ?? ''} (Arabic, dark, ${brand})`,
  globals: { locale: 'ar', theme: 'dark', brand },
});

export const PanelHome: Story = { name: 'Panel: home', ...panelPage('home') };
export const PanelEarn: Story = { name: 'Panel: ways to earn', ...panelPage('earn') };
export const PanelRedeem: Story = { name: 'Panel: ways to redeem', ...panelPage('redeem') };
export const PanelRewards: Story = { name: 'Panel: my rewards', ...panelPage('rewards') };
export const PanelVip: Story = { name: 'Panel: VIP tiers', ...panelPage('vip') };
export const PanelReferral: Story = { name: 'Panel: refer a friend', ...panelPage('referral') };
export const PanelActivity: Story = { name: 'Panel: activity', ...panelPage('activity') };
export const PanelGuest: Story = { name: 'Panel: guest', ...panelPage('home', 'guest') };

export const LauncherClosed: Story = {
  name: 'Launcher',
  ...embed(() => <Launcher />),
};
export const ProductPointsEmbed: Story = {
  name: 'Product points',
  ...embed(() => <ProductPoints {...SEED_PRODUCT} />),
};
export const CartPointsEmbed: Story = {
  name: 'Cart points',
  ...embed(() => <CartPoints subtotal={SEED_CHECKOUT.subtotal} />),
};
export const CheckoutEmbed: Story = {
  name: 'Checkout redemption',
  ...embed(() => <CheckoutRedemption {...SEED_CHECKOUT} />),
};
export const AccountEmbed: Story = {
  name: 'Account summary',
  ...embed(() => <AccountSummary />),
};
export const OrderEmbed: Story = {
  name: 'Order points',
  ...embed(() => <OrderPoints orderTotal={SEED_CHECKOUT.subtotal} />),
};
export const LandingEmbed: Story = {
  name: 'Landing section',
  ...embed(() => <LoyaltyLanding />, 'guest'),
};

export const PanelHomeArabicDark = arabicDark(PanelHome, 'amber');
export const PanelEarnArabicDark = arabicDark(PanelEarn, 'ink');
export const PanelRedeemArabicDark = arabicDark(PanelRedeem, 'pink');
export const PanelRewardsArabicDark = arabicDark(PanelRewards, 'green');
export const PanelVipArabicDark = arabicDark(PanelVip, 'default');
export const PanelReferralArabicDark = arabicDark(PanelReferral, 'amber');
export const PanelActivityArabicDark = arabicDark(PanelActivity, 'ink');
export const PanelGuestArabicDark = arabicDark(PanelGuest, 'pink');
export const LauncherArabicDark = arabicDark(LauncherClosed, 'green');
export const ProductPointsArabicDark = arabicDark(ProductPointsEmbed, 'amber');
export const CartPointsArabicDark = arabicDark(CartPointsEmbed, 'ink');
export const CheckoutArabicDark = arabicDark(CheckoutEmbed, 'pink');
export const AccountArabicDark = arabicDark(AccountEmbed, 'green');
export const OrderArabicDark = arabicDark(OrderEmbed, 'default');
export const LandingArabicDark = arabicDark(LandingEmbed, 'amber');
