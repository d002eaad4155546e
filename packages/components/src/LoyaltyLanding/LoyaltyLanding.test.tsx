import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testProgram } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { LoyaltyLanding } from './LoyaltyLanding.tsx';

afterEach(cleanup);

const program = { ...testProgram, signUpUrl: '/join', signInUrl: '/login' };

describe('LoyaltyLanding', () => {
  it('presents the programme: steps, ways to earn, rewards, tiers and questions', async () => {
    await renderWidget(<LoyaltyLanding />, { program, customer: null });
    expect(screen.getByRole('heading', { level: 2, name: 'Harbor Rewards' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Earn points on orders and more',
    );
    expect(screen.getByText('Follow us')).toBeTruthy();
    expect(screen.getByText('Free tote')).toBeTruthy();
    expect(screen.getByText('1.5× points on orders')).toBeTruthy();
    expect(screen.getByText('How do I use my points?')).toBeTruthy();
    // No return window in this programme: no question about it.
    expect(screen.queryByText('When can I spend points from an order?')).toBeNull();
  });

  it('invites guests to join or sign in', async () => {
    await renderWidget(<LoyaltyLanding />, { program, customer: null });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe('/join');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
  });

  it('a guest who came by a referral link joins with the code', async () => {
    await renderWidget(<LoyaltyLanding referralCode="MAYA10" />, { program, customer: null });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/join?lk_ref=MAYA10',
    );
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
  });

  it('takes members to their rewards instead', async () => {
    const { model } = await renderWidget(<LoyaltyLanding />, { program });
    fireEvent.click(await screen.findByRole('button', { name: 'My rewards' }));
    expect(model.panelPage.value).toBe('rewards');
    expect(screen.queryByRole('link', { name: 'Join now' })).toBeNull();
  });

  it('leaves out the tiers section for a programme without tiers', async () => {
    await renderWidget(<LoyaltyLanding />, { program: { ...program, tiers: [] } });
    expect(screen.queryByRole('heading', { name: 'VIP tiers' })).toBeNull();
  });

  it('says it is loading until the programme arrives', async () => {
    await renderWidget(<LoyaltyLanding />, { load: false });
    expect(screen.getByText('Loading your rewards…')).toBeTruthy();
  });

  it('speaks Korean', async () => {
    await renderWidget(<LoyaltyLanding />, { program, locale: 'ko' });
    expect(screen.getByRole('heading', { name: '자주 묻는 질문' })).toBeTruthy();
    const dollar = new Intl.NumberFormat('ko', { style: 'currency', currency: 'USD' }).format(1);
    expect(
      screen.getByText(
        `모든 주문에서 ${dollar}당 5포인트를 적립하고, 위의 다른 방법으로도 포인트를 받을 수 있어요.`,
      ),
    ).toBeTruthy();
  });
});
