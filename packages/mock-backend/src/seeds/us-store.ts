import type { Program } from '@loyaltykit/core';
import type { EngineSeed } from '../engine/types.ts';
import { cart, line, liveWindow } from './kit.ts';
import { usStoreTranslations } from './us-store-translations.ts';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const order = (amountMinor: number) => cart('USD', line('linen-shirt', amountMinor, 'USD'));

const program = (today: number): Program => ({
  id: 'prg_harbor',
  name: 'Harbor Rewards',
  currency: 'USD',
  pendingDays: 14,
  signUpUrl: '/account/register',
  signInUrl: '/account/login',
  earningRules: [
    {
      id: 'earn_order',
      kind: 'order',
      title: 'Place an order',
      description: '5 points for every $1 you spend',
      rate: { points: 5, per: usd(100) },
      multipliers: [{ multiplier: 2, collectionIds: ['outerwear'] }],
      excludedProductIds: ['gift-card'],
    },
    { id: 'earn_signup', kind: 'signup', title: 'Create an account', points: 200 },
    {
      id: 'earn_birthday',
      kind: 'birthday',
      title: 'Celebrate your birthday',
      points: 300,
      limit: { count: 1, per: 'year' },
    },
    {
      id: 'earn_review',
      kind: 'review',
      title: 'Review a purchase',
      description: 'Add a photo for 100 points',
      points: 50,
      photoPoints: 100,
      limit: { count: 5, per: 'month' },
    },
    {
      id: 'earn_instagram',
      kind: 'social_follow',
      title: 'Follow us on Instagram',
      points: 50,
      network: 'instagram',
      url: 'https://instagram.com/harbor.supply',
      limit: { count: 1, per: 'lifetime' },
    },
    {
      id: 'earn_share',
      kind: 'social_share',
      title: 'Share Harbor on Facebook',
      points: 25,
      network: 'facebook',
      url: 'https://harbor.example/',
      limit: { count: 1, per: 'week' },
    },
    { id: 'earn_referral', kind: 'referral', title: 'Refer a friend', points: 500 },
  ],
  rewards: [
    {
      id: 'rw_5off',
      kind: 'fixed_discount',
      title: '$5 off your order',
      pointsPrice: 500,
      value: usd(500),
      expiresInDays: 90,
    },
    {
      id: 'rw_ship',
      kind: 'free_shipping',
      title: 'Free shipping',
      pointsPrice: 800,
      minimumOrder: usd(2500),
      maxShipping: usd(1500),
      expiresInDays: 90,
    },
    {
      id: 'rw_10pct',
      kind: 'percent_discount',
      title: '10% off your order',
      pointsPrice: 1000,
      percent: 10,
      expiresInDays: 90,
    },
    {
      id: 'rw_tote',
      kind: 'free_product',
      title: 'Free canvas tote',
      pointsPrice: 2000,
      productId: 'tote-natural',
      expiresInDays: 90,
    },
    {
      id: 'rw_gift25',
      kind: 'gift_card',
      title: '$25 gift card',
      pointsPrice: 2500,
      value: usd(2500),
      tierIds: ['tier_gold'],
    },
    {
      id: 'rw_pay',
      kind: 'variable',
      title: 'Pay with points',
      description: '100 points = $1, from $30 up to $100',
      pointsPrice: 3000,
      pointsStep: 100,
      valueStep: usd(100),
      maxPoints: 10_000,
      expiresInDays: 30,
    },
    {
      id: 'rw_tree',
      kind: 'custom',
      title: 'Plant ten trees in your name',
      description: 'With our reforestation partner; we email you the certificate',
      pointsPrice: 3000,
    },
  ],
  tiers: [
    { id: 'tier_bronze', name: 'Bronze', threshold: 0, multiplier: 1, perks: ['5 points per $1'] },
    {
      id: 'tier_silver',
      name: 'Silver',
      threshold: 2000,
      multiplier: 1.25,
      perks: ['Early access to sales'],
      entryPoints: 100,
    },
    {
      id: 'tier_gold',
      name: 'Gold',
      threshold: 5000,
      multiplier: 1.5,
      perks: ['Free express shipping'],
      entryPoints: 250,
    },
  ],
  bonusEvents: [
    {
      id: 'bonus_outerwear',
      title: 'Double points on outerwear this week',
      multiplier: 2,
      scope: 'collections',
      collectionIds: ['outerwear'],
      ...liveWindow(today),
    },
  ],
  referral: {
    referrerPoints: 500,
    refereeReward: { kind: 'fixed_discount', value: usd(1000) },
    minimumOrder: usd(5000),
  },
});

/**
 * A US apparel store, English, USD, with its programme's texts in Thai,
 * Korean and Arabic too (the demo store's languages): the programme the demo
 * store, stories and tests start from. Maya (the demo member) has 1,250 points available, 120
 * pending, 3,400 lifetime (Silver), an unused $5 code and a history with an
 * expiry, a cancelled code and used ones. Olivia is Gold, with 4,325 points (the
 * Gold-only gift card is hers to redeem) and an unused free-shipping code.
 */
export const usStore: EngineSeed = {
  program,
  codePrefix: 'HARBOR',
  referralUrl: 'https://harbor.example/?lk_ref=',
  pointsExpireAfterDays: 365,
  locale: 'en',
  translations: usStoreTranslations,
  labels: {
    order: 'Order {number}',
    refund: 'Refund: {title}',
    expire: 'Points expired',
    tierEntry: 'Welcome to {tier}',
    referral: 'A friend placed their first order',
  },
  personas: {
    member: 'cus_maya',
    new_member: 'cus_noah',
    vip: 'cus_sofia',
    low_balance: 'cus_liam',
  },
  members: [
    {
      id: 'cus_maya',
      firstName: 'Maya',
      joinedDaysAgo: 500,
      history: [
        { daysAgo: 470, claim: 'earn_instagram' },
        // 280 points; 30 of them are never spent and expire a year later.
        { daysAgo: 440, order: order(5600) },
        { daysAgo: 330, claim: 'earn_review' },
        // Lifetime reaches Silver: 100 entry points, 1.25x from here on.
        { daysAgo: 300, order: order(30_000) },
        { daysAgo: 200, order: order(17_200) },
        { daysAgo: 160, claim: 'earn_share' },
        { daysAgo: 150, redeem: 'rw_5off', status: 'used' },
        { daysAgo: 60, redeem: 'rw_10pct', status: 'used' },
        { daysAgo: 40, redeem: 'rw_ship', status: 'cancelled' },
        { daysAgo: 10, redeem: 'rw_5off' },
        // 120 points, still in the 14-day return window.
        { daysAgo: 5, order: order(1920) },
      ],
    },
    { id: 'cus_noah', firstName: 'Noah', joinedDaysAgo: 0, referredBy: 'cus_maya', history: [] },
    {
      id: 'cus_sofia',
      firstName: 'Sofia',
      joinedDaysAgo: 300,
      history: [
        { daysAgo: 280, order: order(36_000) },
        { daysAgo: 100, order: order(44_000) },
        { daysAgo: 50, redeem: 'rw_10pct', status: 'used' },
      ],
    },
    {
      id: 'cus_liam',
      firstName: 'Liam',
      joinedDaysAgo: 40,
      history: [{ daysAgo: 30, order: order(1600) }],
    },
    {
      // Gold, with enough points for the Gold-only gift card, and a free-shipping code to use:
      // the demo store's way to see tier-only rewards and free shipping applied to its cart.
      id: 'cus_olivia',
      firstName: 'Olivia',
      joinedDaysAgo: 330,
      history: [
        { daysAgo: 320, order: order(64_000) },
        // Silver, then Gold (250 entry points, 1.5x from here on).
        { daysAgo: 200, order: order(38_000) },
        { daysAgo: 90, redeem: 'rw_10pct', status: 'used' },
        { daysAgo: 30, redeem: 'rw_ship' },
        { daysAgo: 8, order: order(12_000) },
      ],
    },
  ],
};
