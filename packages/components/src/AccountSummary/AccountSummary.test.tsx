import type { Redemption } from '@loyaltykit/core';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testCustomer, testProgram } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { AccountSummary } from './AccountSummary.tsx';

afterEach(cleanup);

const code: Redemption = {
  id: 'red1',
  rewardId: 'r500',
  rewardTitle: '$5 off',
  rewardKind: 'fixed_discount',
  pointsSpent: 500,
  code: 'SAVE-ABC',
  status: 'issued',
  createdAt: '2026-11-01T00:00:00Z',
};

describe('AccountSummary', () => {
  it('shows balance, tier progress and unused rewards', async () => {
    await renderWidget(<AccountSummary />, {
      customer: { ...testCustomer, redemptions: [code, { ...code, id: 'red2' }] },
    });
    expect(screen.getByTestId('balance').textContent).toBe('1,250 points');
    expect(screen.getByText('You are Silver')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(
      '3,750 points to Gold',
    );
    expect(screen.getByText('2 unused rewards')).toBeTruthy();
  });

  it('opens the panel on the member’s rewards', async () => {
    const { model } = await renderWidget(<AccountSummary />, {
      customer: { ...testCustomer, redemptions: [code] },
    });
    expect(screen.getByText('1 unused reward')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'My rewards' }));
    expect(model.panelOpen.value).toBe(true);
    expect(model.panelPage.value).toBe('rewards');
  });

  it('shows a guest what joining gets them', async () => {
    await renderWidget(<AccountSummary />, {
      program: { ...testProgram, signUpUrl: '/join' },
      customer: null,
    });
    expect(screen.getByText('Join Harbor Rewards')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join now' })).toBeTruthy();
  });

  it('welcomes a guest who came by a referral link, and joins with the code', async () => {
    await renderWidget(<AccountSummary referralCode="MAYA10" />, {
      program: { ...testProgram, signUpUrl: '/join' },
      customer: null,
    });
    expect(
      screen.getByRole('region', { name: 'A friend invited you to Harbor Rewards' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/join?lk_ref=MAYA10',
    );
  });

  it('says when it is loading', async () => {
    await renderWidget(<AccountSummary />, { load: false });
    expect(screen.getByText('Loading your rewards…')).toBeTruthy();
  });

  it('uses Korean plurals and digits', async () => {
    await renderWidget(<AccountSummary />, {
      customer: { ...testCustomer, redemptions: [code] },
      locale: 'ko',
    });
    expect(screen.getByText('사용하지 않은 리워드 1개')).toBeTruthy();
    expect(screen.getByTestId('balance').textContent).toBe('1,250포인트');
  });
});
