import type { Program } from '@loyaltykit/core';
import type { EngineSeed } from '../engine/types.ts';
import { cart, line, liveWindow } from './kit.ts';

const thb = (baht: number) => ({ amountMinor: baht * 100, currency: 'THB' });
const order = (baht: number) => cart('THB', line('silk-blouse', baht * 100, 'THB'));

const program = (today: number): Program => ({
  id: 'prg_siam_silk',
  name: 'สยามซิลค์ รีวอร์ด',
  currency: 'THB',
  pendingDays: 7,
  signUpUrl: '/account/register',
  signInUrl: '/account/login',
  earningRules: [
    {
      id: 'th_order',
      kind: 'order',
      title: 'ช้อปและรับคะแนน',
      description: '1 คะแนนทุกการใช้จ่าย ฿10',
      rate: { points: 1, per: thb(10) },
      multipliers: [{ multiplier: 2, collectionIds: ['handwoven'] }],
      excludedProductIds: ['gift-card'],
    },
    { id: 'th_signup', kind: 'signup', title: 'สมัครสมาชิก', points: 100 },
    {
      id: 'th_birthday',
      kind: 'birthday',
      title: 'ของขวัญวันเกิด',
      points: 200,
      limit: { count: 1, per: 'year' },
    },
    {
      id: 'th_review',
      kind: 'review',
      title: 'รีวิวสินค้า',
      description: 'แนบรูปรับ 50 คะแนน',
      points: 20,
      photoPoints: 50,
      limit: { count: 5, per: 'month' },
    },
    {
      id: 'th_instagram',
      kind: 'social_follow',
      title: 'ติดตามเราบน Instagram',
      points: 30,
      network: 'instagram',
      url: 'https://instagram.com/siamsilk',
      limit: { count: 1, per: 'lifetime' },
    },
    {
      id: 'th_share',
      kind: 'social_share',
      title: 'แชร์ร้านบน Facebook',
      points: 20,
      network: 'facebook',
      url: 'https://siamsilk.example/',
      limit: { count: 1, per: 'week' },
    },
    { id: 'th_referral', kind: 'referral', title: 'ชวนเพื่อนมาช้อป', points: 300 },
  ],
  rewards: [
    {
      id: 'th_100off',
      kind: 'fixed_discount',
      title: 'ส่วนลด ฿100',
      pointsPrice: 300,
      value: thb(100),
      expiresInDays: 60,
    },
    {
      id: 'th_10pct',
      kind: 'percent_discount',
      title: 'ลด 10% ทั้งออเดอร์',
      pointsPrice: 600,
      percent: 10,
      expiresInDays: 60,
    },
    {
      id: 'th_ship',
      kind: 'free_shipping',
      title: 'ส่งฟรีทั่วประเทศ',
      pointsPrice: 200,
      minimumOrder: thb(500),
      expiresInDays: 60,
    },
    {
      id: 'th_scarf',
      kind: 'free_product',
      title: 'ผ้าพันคอไหมไทยฟรี',
      pointsPrice: 1500,
      productId: 'silk-scarf',
      expiresInDays: 60,
    },
    {
      id: 'th_gift500',
      kind: 'gift_card',
      title: 'บัตรของขวัญ ฿500',
      pointsPrice: 1500,
      value: thb(500),
      tierIds: ['th_gold', 'th_platinum'],
    },
    {
      id: 'th_cash',
      kind: 'variable',
      title: 'ใช้คะแนนแทนเงินสด',
      description: '30 คะแนน = ฿10 สูงสุด ฿1,000',
      pointsPrice: 300,
      pointsStep: 30,
      valueStep: thb(10),
      maxPoints: 3000,
      expiresInDays: 30,
    },
    {
      id: 'th_wrap',
      kind: 'custom',
      title: 'ห่อของขวัญด้วยผ้าไหม',
      pointsPrice: 250,
    },
  ],
  tiers: [
    { id: 'th_silver', name: 'ซิลเวอร์', threshold: 0, multiplier: 1, perks: ['1 คะแนนทุก ฿10'] },
    {
      id: 'th_gold',
      name: 'โกลด์',
      threshold: 3000,
      multiplier: 1.25,
      perks: ['ส่งฟรีทุกออเดอร์'],
      entryPoints: 200,
    },
    {
      id: 'th_platinum',
      name: 'แพลทินัม',
      threshold: 8000,
      multiplier: 1.5,
      perks: ['ของขวัญพิเศษทุกเดือน'],
      entryPoints: 500,
    },
  ],
  bonusEvents: [
    {
      id: 'th_double',
      title: 'คะแนน 2 เท่าทุกออเดอร์ สัปดาห์นี้เท่านั้น',
      multiplier: 2,
      scope: 'all',
      ...liveWindow(today),
    },
  ],
  referral: {
    referrerPoints: 300,
    refereeReward: { kind: 'fixed_discount', value: thb(100) },
    minimumOrder: thb(500),
  },
});

/** A Thai silk store, Thai, THB. */
export const thaiStore: EngineSeed = {
  program,
  codePrefix: 'SIAM',
  referralUrl: 'https://siamsilk.example/?lk_ref=',
  pointsExpireAfterDays: 365,
  labels: {
    order: 'คำสั่งซื้อ {number}',
    refund: 'คืนคะแนน: {title}',
    expire: 'คะแนนหมดอายุ',
    tierEntry: 'ยินดีต้อนรับสู่ระดับ{tier}',
    referral: 'เพื่อนสั่งซื้อครั้งแรก',
  },
  personas: {
    member: 'cus_malee',
    new_member: 'cus_somchai',
    vip: 'cus_piya',
    low_balance: 'cus_anong',
  },
  members: [
    {
      id: 'cus_malee',
      firstName: 'มาลี',
      joinedDaysAgo: 400,
      history: [
        { daysAgo: 380, claim: 'th_instagram' },
        { daysAgo: 350, order: order(2400) },
        { daysAgo: 200, order: order(12_000) },
        { daysAgo: 120, order: order(15_000) },
        { daysAgo: 100, claim: 'th_review' },
        { daysAgo: 90, redeem: 'th_100off', status: 'used' },
        { daysAgo: 20, redeem: 'th_ship' },
        { daysAgo: 4, order: order(3200) },
      ],
    },
    {
      id: 'cus_somchai',
      firstName: 'สมชาย',
      joinedDaysAgo: 0,
      referredBy: 'cus_malee',
      history: [],
    },
    {
      id: 'cus_piya',
      firstName: 'ปิยะ',
      joinedDaysAgo: 300,
      history: [
        { daysAgo: 250, order: order(30_000) },
        { daysAgo: 100, order: order(36_400) },
      ],
    },
    {
      id: 'cus_anong',
      firstName: 'อนงค์',
      joinedDaysAgo: 20,
      history: [{ daysAgo: 15, order: order(400) }],
    },
  ],
};
