import type { Program } from '@loyaltykit/core';
import type { EngineSeed } from '../engine/types.ts';
import { cart, line, liveWindow } from './kit.ts';

// KRW has no minor unit: amounts are whole won.
const krw = (won: number) => ({ amountMinor: won, currency: 'KRW' });
const order = (won: number) => cart('KRW', line('serum-30ml', won, 'KRW'));

const program = (today: number): Program => ({
  id: 'prg_seoul_glow',
  name: '서울 글로우 멤버십',
  currency: 'KRW',
  pendingDays: 7,
  signUpUrl: '/member/join',
  signInUrl: '/member/login',
  earningRules: [
    {
      id: 'ko_order',
      kind: 'order',
      title: '구매 적립',
      description: '100원당 1포인트 적립',
      rate: { points: 1, per: krw(100) },
      multipliers: [{ multiplier: 2, collectionIds: ['new-arrivals'] }],
      excludedProductIds: ['gift-card'],
    },
    { id: 'ko_signup', kind: 'signup', title: '회원 가입', points: 2000 },
    {
      id: 'ko_birthday',
      kind: 'birthday',
      title: '생일 축하 포인트',
      points: 3000,
      limit: { count: 1, per: 'year' },
    },
    {
      id: 'ko_review',
      kind: 'review',
      title: '리뷰 작성',
      description: '포토 리뷰는 1,000포인트',
      points: 500,
      photoPoints: 1000,
      limit: { count: 10, per: 'month' },
    },
    {
      id: 'ko_youtube',
      kind: 'social_follow',
      title: '유튜브 채널 구독',
      points: 1000,
      network: 'youtube',
      url: 'https://youtube.com/@seoulglow',
      limit: { count: 1, per: 'lifetime' },
    },
    {
      id: 'ko_share',
      kind: 'social_share',
      title: '인스타그램에 공유하기',
      points: 500,
      network: 'instagram',
      url: 'https://seoulglow.example/',
      limit: { count: 1, per: 'week' },
    },
    { id: 'ko_referral', kind: 'referral', title: '친구 초대', points: 5000 },
  ],
  rewards: [
    {
      id: 'ko_3000off',
      kind: 'fixed_discount',
      title: '3,000원 할인 쿠폰',
      pointsPrice: 3000,
      value: krw(3000),
      expiresInDays: 30,
    },
    {
      id: 'ko_10pct',
      kind: 'percent_discount',
      title: '전 상품 10% 할인',
      pointsPrice: 8000,
      percent: 10,
      expiresInDays: 30,
    },
    {
      id: 'ko_ship',
      kind: 'free_shipping',
      title: '무료 배송',
      pointsPrice: 2500,
      minimumOrder: krw(20_000),
      expiresInDays: 30,
    },
    {
      id: 'ko_serum',
      kind: 'free_product',
      title: '미니 세럼 증정',
      pointsPrice: 5000,
      productId: 'serum-mini',
      expiresInDays: 30,
    },
    {
      id: 'ko_gift',
      kind: 'gift_card',
      title: '10,000원 기프트 카드',
      pointsPrice: 10_000,
      value: krw(10_000),
      tierIds: ['ko_gold', 'ko_vip'],
    },
    {
      id: 'ko_pay',
      kind: 'variable',
      title: '포인트로 결제',
      description: '1포인트 = 1원, 1,000포인트 단위',
      pointsPrice: 1000,
      pointsStep: 1000,
      valueStep: krw(1000),
      maxPoints: 50_000,
      expiresInDays: 7,
    },
    { id: 'ko_wrap', kind: 'custom', title: '무료 선물 포장', pointsPrice: 1500 },
  ],
  tiers: [
    { id: 'ko_welcome', name: '웰컴', threshold: 0, multiplier: 1, perks: ['100원당 1포인트'] },
    {
      id: 'ko_gold',
      name: '골드',
      threshold: 20_000,
      multiplier: 1.2,
      perks: ['생일 쿠폰'],
      entryPoints: 1000,
    },
    {
      id: 'ko_vip',
      name: 'VIP',
      threshold: 60_000,
      multiplier: 1.5,
      perks: ['신제품 먼저 받기'],
      entryPoints: 3000,
    },
  ],
  bonusEvents: [
    {
      id: 'ko_double',
      title: '이번 주 포인트 2배 적립',
      multiplier: 2,
      scope: 'all',
      ...liveWindow(today),
    },
  ],
  referral: {
    referrerPoints: 5000,
    refereeReward: { kind: 'percent_discount', percent: 10 },
    minimumOrder: krw(30_000),
  },
});

/** A Korean skincare store, Korean, KRW (no minor unit). */
export const koreanStore: EngineSeed = {
  program,
  codePrefix: 'GLOW',
  referralUrl: 'https://seoulglow.example/?lk_ref=',
  pointsExpireAfterDays: 730,
  locale: 'ko',
  labels: {
    order: '주문 {number}',
    refund: '포인트 환원: {title}',
    expire: '포인트 소멸',
    tierEntry: '{tier} 등급 달성 보너스',
    referral: '초대한 친구의 첫 구매',
  },
  personas: {
    member: 'cus_jiwoo',
    new_member: 'cus_minjun',
    vip: 'cus_seoyeon',
    low_balance: 'cus_hajun',
  },
  members: [
    {
      id: 'cus_jiwoo',
      firstName: '지우',
      joinedDaysAgo: 300,
      history: [
        { daysAgo: 280, claim: 'ko_youtube' },
        { daysAgo: 250, order: order(89_000) },
        { daysAgo: 180, order: order(450_000) },
        { daysAgo: 120, order: order(1_200_000) },
        { daysAgo: 60, claim: 'ko_review' },
        { daysAgo: 50, redeem: 'ko_3000off', status: 'used' },
        { daysAgo: 40, redeem: 'ko_pay', points: 5000, status: 'cancelled' },
        { daysAgo: 14, redeem: 'ko_ship' },
        { daysAgo: 3, order: order(64_000) },
      ],
    },
    { id: 'cus_minjun', firstName: '민준', joinedDaysAgo: 0, referredBy: 'cus_jiwoo', history: [] },
    {
      id: 'cus_seoyeon',
      firstName: '서연',
      joinedDaysAgo: 400,
      history: [
        { daysAgo: 350, order: order(1_800_000) },
        { daysAgo: 100, order: order(3_208_000) },
      ],
    },
    {
      id: 'cus_hajun',
      firstName: '하준',
      joinedDaysAgo: 30,
      history: [
        { daysAgo: 20, redeem: 'ko_pay', points: 2000, status: 'used' },
        { daysAgo: 10, order: order(50_000) },
      ],
    },
  ],
};
