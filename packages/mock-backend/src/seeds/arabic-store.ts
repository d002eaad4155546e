import type { Program } from '@loyaltykit/core';
import type { EngineSeed } from '../engine/types.ts';
import { cart, line, liveWindow } from './kit.ts';

const sar = (riyals: number) => ({ amountMinor: riyals * 100, currency: 'SAR' });
const order = (riyals: number) => cart('SAR', line('musk-50ml', riyals * 100, 'SAR'));

const program = (today: number): Program => ({
  id: 'prg_oud_oasis',
  name: 'مكافآت واحة العود',
  currency: 'SAR',
  pendingDays: 10,
  signUpUrl: '/account/register',
  signInUrl: '/account/login',
  earningRules: [
    {
      id: 'ar_order',
      kind: 'order',
      title: 'تسوّق واكسب',
      description: 'نقطة واحدة لكل ريال',
      rate: { points: 1, per: sar(1) },
      multipliers: [{ multiplier: 2, collectionIds: ['oud'] }],
      excludedProductIds: ['gift-card'],
    },
    { id: 'ar_signup', kind: 'signup', title: 'إنشاء حساب', points: 100 },
    {
      id: 'ar_birthday',
      kind: 'birthday',
      title: 'هدية عيد ميلادك',
      points: 200,
      limit: { count: 1, per: 'year' },
    },
    {
      id: 'ar_review',
      kind: 'review',
      title: 'قيّم مشترياتك',
      description: 'أضف صورة واحصل على 40 نقطة',
      points: 20,
      photoPoints: 40,
      limit: { count: 5, per: 'month' },
    },
    {
      id: 'ar_instagram',
      kind: 'social_follow',
      title: 'تابعنا على إنستغرام',
      points: 30,
      network: 'instagram',
      url: 'https://instagram.com/oudoasis',
      limit: { count: 1, per: 'lifetime' },
    },
    {
      id: 'ar_share',
      kind: 'social_share',
      title: 'شارك متجرنا على إكس',
      points: 20,
      network: 'x',
      url: 'https://oudoasis.example/',
      limit: { count: 1, per: 'week' },
    },
    { id: 'ar_referral', kind: 'referral', title: 'ادعُ صديقًا', points: 250 },
  ],
  rewards: [
    {
      id: 'ar_20off',
      kind: 'fixed_discount',
      title: 'خصم 20 ر.س',
      pointsPrice: 200,
      value: sar(20),
      expiresInDays: 60,
    },
    {
      id: 'ar_10pct',
      kind: 'percent_discount',
      title: 'خصم 10% على طلبك',
      pointsPrice: 500,
      percent: 10,
      expiresInDays: 60,
    },
    {
      id: 'ar_ship',
      kind: 'free_shipping',
      title: 'شحن مجاني',
      pointsPrice: 150,
      minimumOrder: sar(200),
      expiresInDays: 60,
    },
    {
      id: 'ar_sample',
      kind: 'free_product',
      title: 'عينة عطر عود مجانية',
      pointsPrice: 400,
      productId: 'oud-sample',
      expiresInDays: 60,
    },
    {
      id: 'ar_gift',
      kind: 'gift_card',
      title: 'بطاقة هدية بقيمة 100 ر.س',
      pointsPrice: 1000,
      value: sar(100),
      tierIds: ['ar_gold', 'ar_platinum'],
    },
    {
      id: 'ar_pay',
      kind: 'variable',
      title: 'ادفع بنقاطك',
      description: '10 نقاط = 1 ر.س',
      pointsPrice: 200,
      pointsStep: 10,
      valueStep: sar(1),
      maxPoints: 2000,
      expiresInDays: 14,
    },
    { id: 'ar_wrap', kind: 'custom', title: 'تغليف هدايا فاخر', pointsPrice: 120 },
  ],
  tiers: [
    { id: 'ar_silver', name: 'فضي', threshold: 0, multiplier: 1, perks: ['نقطة لكل ريال'] },
    {
      id: 'ar_gold',
      name: 'ذهبي',
      threshold: 2000,
      multiplier: 1.25,
      perks: ['شحن سريع مجاني'],
      entryPoints: 100,
    },
    {
      id: 'ar_platinum',
      name: 'بلاتيني',
      threshold: 6000,
      multiplier: 1.5,
      perks: ['هدية في كل طلب'],
      entryPoints: 300,
    },
  ],
  bonusEvents: [
    {
      id: 'ar_oud_triple',
      title: 'نقاط ثلاثية على العود هذا الأسبوع',
      multiplier: 3,
      scope: 'collections',
      collectionIds: ['oud'],
      ...liveWindow(today),
    },
  ],
  referral: {
    referrerPoints: 250,
    refereeReward: { kind: 'fixed_discount', value: sar(25) },
    minimumOrder: sar(150),
  },
});

/** A Saudi perfume store, Arabic (right to left), SAR. */
export const arabicStore: EngineSeed = {
  program,
  codePrefix: 'OASIS',
  referralUrl: 'https://oudoasis.example/?lk_ref=',
  pointsExpireAfterDays: 365,
  labels: {
    order: 'طلب {number}',
    refund: 'استرداد: {title}',
    expire: 'نقاط منتهية الصلاحية',
    tierEntry: 'مكافأة الانضمام إلى الفئة {tier}',
    referral: 'أول طلب لصديق دعوته',
  },
  personas: {
    member: 'cus_noura',
    new_member: 'cus_khalid',
    vip: 'cus_reem',
    low_balance: 'cus_omar',
  },
  members: [
    {
      id: 'cus_noura',
      firstName: 'نورة',
      joinedDaysAgo: 380,
      history: [
        { daysAgo: 360, claim: 'ar_instagram' },
        { daysAgo: 330, order: order(450) },
        { daysAgo: 200, order: order(1250) },
        { daysAgo: 150, claim: 'ar_review' },
        { daysAgo: 120, order: order(800) },
        { daysAgo: 60, redeem: 'ar_10pct', status: 'used' },
        { daysAgo: 25, redeem: 'ar_20off' },
        { daysAgo: 6, order: order(320) },
      ],
    },
    { id: 'cus_khalid', firstName: 'خالد', joinedDaysAgo: 0, referredBy: 'cus_noura', history: [] },
    {
      id: 'cus_reem',
      firstName: 'ريم',
      joinedDaysAgo: 250,
      history: [
        { daysAgo: 240, order: order(2100) },
        { daysAgo: 90, order: order(2880) },
      ],
    },
    { id: 'cus_omar', firstName: 'عمر', joinedDaysAgo: 15, history: [] },
  ],
};
