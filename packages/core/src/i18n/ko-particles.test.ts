import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.ts';
import { koreanParticles } from './ko-particles.ts';

describe('koreanParticles: 을/를, 이/가, 은/는, (으)로 by the word before', () => {
  it.each([
    // Hangul: a final consonant takes 을/이/은/으로; none, or ㄹ for 으로, the other form.
    ['할인을(를)', '할인을'],
    ['포인트을(를)', '포인트를'],
    ['골드 등급이(가)', '골드 등급이'],
    ['리워드이(가)', '리워드가'],
    ['쿠폰은(는)', '쿠폰은'],
    ['배송은(는)', '배송은'],
    ['리워드은(는)', '리워드는'],
    ['할인(으)로', '할인으로'],
    ['포인트(으)로', '포인트로'],
    ['서울(으)로', '서울로'],
    ['물(으)로', '물로'],
  ])('%s → %s', (text, expected) => {
    expect(koreanParticles(text)).toBe(expected);
  });

  it.each([
    // Numbers as read in Sino-Korean: 일 칠 팔 end in ㄹ, 영 삼 육 in another consonant.
    ['500포인트을(를)', '500포인트를'],
    ['1을(를)', '1을'],
    ['2을(를)', '2를'],
    ['3을(를)', '3을'],
    ['5을(를)', '5를'],
    ['6(으)로', '6으로'],
    ['7(으)로', '7로'],
    ['8(으)로', '8로'],
    ['9(으)로', '9로'],
    ['0(으)로', '0으로'],
    // Round numbers end in their unit: 십, 백, 천, 만, 억 end in consonants.
    ['10을(를)', '10을'],
    ['100(으)로', '100으로'],
    ['₩5,000(으)로', '₩5,000으로'],
    ['20,000이(가)', '20,000이'],
    ['300,000,000은(는)', '300,000,000은'],
    // Decimals are read digit by digit after the point.
    ['1.5을(를)', '1.5를'],
    ['2.7(으)로', '2.7로'],
    ['10%을(를)', '10%를'],
  ])('%s → %s', (text, expected) => {
    expect(koreanParticles(text)).toBe(expected);
  });

  it.each([
    // Short capitals letter by letter: 브이아이피, 큐알, 엠, 엔.
    ['VIP은(는)', 'VIP는'],
    ['QR(으)로', 'QR로'],
    ['SMS(으)로', 'SMS로'],
    ['M을(를)', 'M을'],
    ['XL이(가)', 'XL이'],
    // Words as loanwords are spelled: 몰, 인스타그램, 페이스북, 숍, 쿠폰; 골드, 실버, 리워즈.
    ['Mall(으)로', 'Mall로'],
    ['Instagram(으)로', 'Instagram으로'],
    ['Facebook을(를)', 'Facebook을'],
    ['Shop을(를)', 'Shop을'],
    ['Coupon이(가)', 'Coupon이'],
    ['Gold은(는)', 'Gold는'],
    ['Silver이(가)', 'Silver가'],
    ['Harbor Rewards을(를)', 'Harbor Rewards를'],
    ['$5 off your order을(를)', '$5 off your order를'],
  ])('%s → %s', (text, expected) => {
    expect(koreanParticles(text)).toBe(expected);
  });

  it('looks past closing punctuation and bidi isolates to the word', () => {
    expect(koreanParticles('\u2068무료 배송\u2069을(를)')).toBe('\u2068무료 배송\u2069을');
    expect(koreanParticles('‘내 리워드’(으)로')).toBe('‘내 리워드’로');
    expect(koreanParticles('(VIP)이(가)')).toBe('(VIP)가');
  });

  it('keeps both forms after a word it cannot read, as Korean writes it when unsure', () => {
    expect(koreanParticles('مكافأة을(를)')).toBe('مكافأة을(를)');
    expect(koreanParticles('会员은(는)')).toBe('会员은(는)');
    expect(koreanParticles('을(를) 먼저')).toBe('을(를) 먼저');
  });

  it('leaves text without a particle pair as it is', () => {
    expect(koreanParticles('리워드를 받고 포인트로 교환')).toBe('리워드를 받고 포인트로 교환');
  });
});

describe('the Korean catalog picks its particles from the values', () => {
  const { t } = createI18n('ko');

  it('after a reward title: 할인을, 배송을, 토트백을', () => {
    const points = t('points', { count: 500 });
    expect(t('referral.offer', { reward: '₩5,000 할인', points })).toBe(
      '친구는 첫 주문에서 ₩5,000 할인을 받고, 친구가 구매하면 나는 500포인트를 받아요.',
    );
    expect(t('nudge.redeemable', { points, reward: '무료 배송' })).toBe(
      '500포인트로 무료 배송을 받을 수 있어요',
    );
    expect(t('checkout.removed', { reward: '캔버스 토트', count: 500 })).toBe(
      '캔버스 토트를 삭제하고 500포인트를 환불했어요',
    );
  });

  it('after an English title from an English programme', () => {
    expect(
      t('redeem.confirm', { points: t('points', { count: 800 }), reward: 'Free shipping' }),
    ).toBe('800포인트를 사용해 Free shipping으로 교환할까요?');
  });

  it('never shows the two-form notation for Hangul, Latin or numeric values', () => {
    const values = ['할인', '리워드', 'Gold', 'VIP', '10%', '₩5,000', '3,000포인트'];
    for (const reward of values) {
      const text = t('redeem.confirm', { points: t('points', { count: 100 }), reward });
      expect(text).not.toMatch(/\(으\)|\(를\)|\(가\)|\(는\)/);
    }
  });
});
