import { formatMoney, type Program } from '@loyaltykit/core';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { isolated } from '../testing/bidi.ts';
import { testProgram, usd } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

/** The test programme with the merchant's sign-up and sign-in pages. */
const program: Program = {
  ...testProgram,
  signUpUrl: '/account/register',
  signInUrl: '/account/login',
};

const welcome = () => screen.queryByTestId('referral-welcome');

describe('GuestIntro: the guest view', () => {
  it('a guest without a referral code gets no welcome, and a plain join link', async () => {
    await renderPanel({ program, customer: null });
    expect(welcome()).toBeNull();
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register',
    );
  });

  it('a guest from a referral link is welcomed as a friend, with what friends get and the points for joining', async () => {
    await renderPanel({ program, customer: null, referralCode: 'MAYA10' });
    const region = screen.getByRole('region', { name: 'A friend invited you to Harbor Rewards' });
    expect(region).toBe(screen.getByTestId('referral-welcome'));
    const banner = within(region);
    expect(banner.getByText('A friend invited you to Harbor Rewards')).toBeTruthy();
    expect(banner.getByText('Join now and get $10.00 off on your first order.')).toBeTruthy();
    expect(banner.getByText('Plus 200 points for joining.')).toBeTruthy();
    expect(banner.getByText('Invitation code: MAYA10')).toBeTruthy();
  });

  it('the join link carries the code to the merchant’s sign-up page; sign in does not change', async () => {
    await renderPanel({ program, customer: null, referralCode: 'MAYA10' });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register?lk_ref=MAYA10',
    );
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/account/login',
    );
  });

  it('keeps the query and fragment of the merchant’s sign-up URL', async () => {
    await renderPanel({
      program: { ...program, signUpUrl: 'https://shop.example/join?plan=free#form' },
      customer: null,
      referralCode: 'MAYA10',
    });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      'https://shop.example/join?plan=free&lk_ref=MAYA10#form',
    );
  });

  it('says the minimum order, a percentage reward, and one point in the singular', async () => {
    await renderPanel({
      program: {
        ...program,
        referral: {
          referrerPoints: 500,
          refereeReward: { kind: 'percent_discount', percent: 15 },
          minimumOrder: usd(5000),
        },
        earningRules: [{ id: 'signup', kind: 'signup', title: 'Join', points: 1 }],
      },
      customer: null,
      referralCode: 'MAYA10',
    });
    const banner = within(screen.getByTestId('referral-welcome'));
    expect(
      banner.getByText(
        'Join now and get 15% off on your first order. For orders of $50.00 or more.',
      ),
    ).toBeTruthy();
    expect(banner.getByText('Plus 1 point for joining.')).toBeTruthy();
  });

  it('without a referral offer or sign-up points, the welcome says only who sent them', async () => {
    const { referral: _, ...withoutOffer } = program;
    await renderPanel({
      program: { ...withoutOffer, earningRules: [] },
      customer: null,
      referralCode: 'MAYA10',
    });
    const banner = screen.getByTestId('referral-welcome');
    expect(banner.textContent).toBe(
      'A friend invited you to Harbor RewardsInvitation code: MAYA10',
    );
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register?lk_ref=MAYA10',
    );
  });

  it('ignores a value that is not a referral code: no welcome, nothing passed on', async () => {
    await renderPanel({ program, customer: null, referralCode: '"><img src=x onerror=alert(1)>' });
    expect(welcome()).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register',
    );
  });

  it('a member is not welcomed as a referred friend', async () => {
    await renderPanel({ program, referralCode: 'MAYA10' });
    expect(await screen.findByTestId('balance')).toBeTruthy();
    expect(welcome()).toBeNull();
  });

  it('welcomes in Arabic, with Arabic plurals, digits and money', async () => {
    await renderPanel({ program, customer: null, referralCode: 'MAYA10', locale: 'ar' });
    const banner = within(screen.getByTestId('referral-welcome'));
    expect(
      screen.getByRole('region', { name: `دعاك صديق إلى ${isolated('Harbor Rewards')}` }),
    ).toBeTruthy();
    // Money and numbers as Intl writes them in Arabic (bidi marks and no-break spaces included),
    // each value isolated inside the sentence.
    const amount = formatMoney('ar-u-nu-latn', usd(1000));
    const text = screen.getByTestId('referral-welcome').textContent;
    expect(text).toContain(
      `انضم الآن واحصل على ${isolated(`خصم ${isolated(amount)}`)} في طلبك الأول.`,
    );
    expect(text).toContain(`ولك ${isolated(`${isolated('200')} نقطة`)} عند الانضمام.`);
    expect(banner.getByText(`رمز الدعوة: ${isolated('MAYA10')}`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'انضم الآن' }).getAttribute('href')).toBe(
      '/account/register?lk_ref=MAYA10',
    );
  });

  it('writes a percentage with the digits and sign the Arabic tag asks for', async () => {
    const percentOffer = {
      ...program,
      referral: { referrerPoints: 500, refereeReward: { kind: 'percent_discount', percent: 15 } },
    } satisfies typeof program;
    const offerText = () => screen.getByTestId('referral-welcome').textContent;
    await renderPanel({
      program: percentOffer,
      customer: null,
      referralCode: 'MAYA10',
      locale: 'ar',
    });
    expect(offerText()).toContain(`خصم ${isolated('15\u200e%\u200e')}`);
    cleanup();
    await renderPanel({
      program: percentOffer,
      customer: null,
      referralCode: 'MAYA10',
      locale: 'ar-EG',
    });
    expect(offerText()).toContain(`خصم ${isolated('١٥٪\u061c')}`);
    expect(offerText()).toContain(`ولك ${isolated(`${isolated('٢٠٠')} نقطة`)} عند الانضمام.`);
  });

  it('uses the Arabic dual for two points', async () => {
    await renderPanel({
      program: {
        ...program,
        earningRules: [{ id: 'signup', kind: 'signup', title: 'Join', points: 2 }],
      },
      customer: null,
      referralCode: 'MAYA10',
      locale: 'ar',
    });
    expect(screen.getByText(`ولك ${isolated('نقطتان')} عند الانضمام.`)).toBeTruthy();
  });

  it('welcomes in Korean and Thai', async () => {
    await renderPanel({ program, customer: null, referralCode: 'MAYA10', locale: 'ko' });
    expect(screen.getByRole('region', { name: '친구가 Harbor Rewards에 초대했어요' })).toBeTruthy();
    expect(screen.getByText('가입하면 200포인트도 드려요.')).toBeTruthy();
    cleanup();
    await renderPanel({ program, customer: null, referralCode: 'MAYA10', locale: 'th' });
    expect(screen.getByRole('region', { name: 'เพื่อนชวนคุณมาร่วม Harbor Rewards' })).toBeTruthy();
    expect(screen.getByText('รับเพิ่ม 200 คะแนน เมื่อสมัคร')).toBeTruthy();
  });
});
