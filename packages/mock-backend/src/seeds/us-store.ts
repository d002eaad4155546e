import type { Customer, Program } from '@loyaltykit/core';
import type { EngineSeed } from '../engine.ts';

const program: Program = {
  id: 'prg_harbor',
  name: 'Harbor Rewards',
  currency: 'USD',
  signUpUrl: '/account/register',
  signInUrl: '/account/login',
  earningRules: [
    {
      id: 'earn_order',
      kind: 'order',
      title: 'Place an order',
      rewardText: '5 points per $1',
      pointsPerUnit: 5,
    },
    {
      id: 'earn_signup',
      kind: 'signup',
      title: 'Create an account',
      rewardText: '200 points',
      points: 200,
    },
    {
      id: 'earn_birthday',
      kind: 'birthday',
      title: 'Celebrate your birthday',
      rewardText: '300 points',
      points: 300,
    },
  ],
  rewards: [
    {
      id: 'rw_5off',
      kind: 'fixed_discount',
      title: '$5 off your order',
      pointsPrice: 500,
      value: { amountMinor: 500, currency: 'USD' },
    },
    {
      id: 'rw_ship',
      kind: 'free_shipping',
      title: 'Free shipping',
      pointsPrice: 800,
      minimumOrder: { amountMinor: 2500, currency: 'USD' },
    },
    {
      id: 'rw_10pct',
      kind: 'percent_discount',
      title: '10% off your order',
      pointsPrice: 1000,
      percent: 10,
    },
    {
      id: 'rw_tote',
      kind: 'free_product',
      title: 'Free canvas tote',
      pointsPrice: 2000,
      productId: 'tote-natural',
    },
    {
      id: 'rw_gift25',
      kind: 'gift_card',
      title: '$25 gift card',
      pointsPrice: 2500,
      value: { amountMinor: 2500, currency: 'USD' },
      tierIds: ['tier_gold'],
    },
  ],
  tiers: [
    { id: 'tier_bronze', name: 'Bronze', threshold: 0, multiplier: 1, perks: ['5 points per $1'] },
    {
      id: 'tier_silver',
      name: 'Silver',
      threshold: 2000,
      multiplier: 1.25,
      perks: ['1.25x points', 'Early access to sales'],
    },
    {
      id: 'tier_gold',
      name: 'Gold',
      threshold: 5000,
      multiplier: 1.5,
      perks: ['1.5x points', 'Free express shipping'],
    },
  ],
};

const maya: Customer = {
  id: 'cus_maya',
  firstName: 'Maya',
  balance: { available: 1250, pending: 120, lifetime: 3400 },
  tier: { currentTierId: 'tier_silver', nextTierId: 'tier_gold', progress: 0.47, toNext: 1600 },
};

/** A US apparel store, English, USD: the programme the demo store and the tests start from. */
export const usStore: EngineSeed = { program, customers: [maya], demoCustomerId: maya.id };
