import { FEWEST_CAPABILITIES, type Program } from '@loyaltykit/core';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckoutRedemption } from './CheckoutRedemption/CheckoutRedemption.tsx';
import { testCustomer, testProgram, usd } from './testing/fake-backend.ts';
import { renderPanel } from './testing/render-panel.tsx';
import { renderWidget } from './testing/render-widget.tsx';

afterEach(cleanup);

// The same programme on two backends: one that can do everything the contract describes (it
// says nothing), one that can do none of the optional parts.
const everything: Program = testProgram;
const fewest: Program = { ...testProgram, capabilities: FEWEST_CAPABILITIES };
const issued = {
  ...testCustomer,
  redemptions: [
    {
      id: 'red-1',
      rewardId: 'r500',
      rewardTitle: '$5 off',
      rewardKind: 'fixed_discount' as const,
      pointsSpent: 500,
      code: 'LK-5OFF',
      status: 'issued' as const,
      value: usd(500),
      createdAt: '2026-11-30T10:00:00Z',
    },
  ],
};

const navNames = () =>
  within(screen.getByRole('dialog'))
    .getAllByRole('button')
    .map((button) => button.textContent ?? '');

describe('widgets offer only what the backend can do (Program.capabilities)', () => {
  it('home: no Activity or Refer a friend page on a backend without them', async () => {
    await renderPanel({ program: everything });
    expect(navNames().some((name) => name.includes('Activity'))).toBe(true);
    expect(navNames().some((name) => name.includes('Refer a friend'))).toBe(true);
    cleanup();
    await renderPanel({ program: fewest });
    expect(navNames().some((name) => name.includes('Activity'))).toBe(false);
    expect(navNames().some((name) => name.includes('Refer a friend'))).toBe(false);
    expect(navNames().some((name) => name.includes('Ways to redeem'))).toBe(true);
  });

  it('a link to a page the backend lacks (?loyalty=activity) shows the home page', async () => {
    await renderPanel({ program: fewest, page: 'activity' });
    expect(screen.queryByRole('heading', { name: 'Activity' })).toBeNull();
    expect(navNames().some((name) => name.includes('Ways to earn'))).toBe(true);
  });

  it('ways to earn: no social claim and no birthday form without actions and birthday', async () => {
    await renderPanel({ program: everything, page: 'earn' });
    expect(screen.getByRole('button', { name: 'Save birthday' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Follow us on Instagram' })).toBeTruthy();
    cleanup();
    await renderPanel({ program: fewest, page: 'earn' });
    expect(screen.queryByRole('button', { name: 'Save birthday' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Follow us on Instagram' })).toBeNull();
    // The rules are still listed: the shopper still earns them, only not from here.
    expect(screen.getByText('Birthday treat')).toBeTruthy();
  });

  it('my rewards: no Cancel and refund on a backend that cannot cancel; the code and Apply stay', async () => {
    await renderPanel({ program: everything, customer: issued, page: 'rewards' });
    expect(screen.getByRole('button', { name: 'Cancel and refund' })).toBeTruthy();
    cleanup();
    await renderPanel({ program: fewest, customer: issued, page: 'rewards' });
    expect(screen.queryByRole('button', { name: 'Cancel and refund' })).toBeNull();
    expect(screen.getByText('LK-5OFF')).toBeTruthy();
  });

  it('checkout: no spend-any-amount reward on a backend without variable rewards', async () => {
    const options = () =>
      [
        ...(screen.getByRole('combobox', { name: 'Choose a reward' }) as HTMLSelectElement).options,
      ].map((option) => option.text.replace(/[\u2068\u2069]/g, ''));
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, { program: everything });
    expect(options()).toContain('$12.00 off for 1,200 points');
    cleanup();
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, { program: fewest });
    expect(options()).toEqual(['$5 off for 500 points']);
  });
});
