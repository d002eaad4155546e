import type { Program } from '@loyaltykit/core';
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testCustomer, testProgram, usd } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { CartPoints } from './CartPoints.tsx';

afterEach(cleanup);

const program: Program = { ...testProgram, signUpUrl: '/join' };

describe('CartPoints', () => {
  it('shows the points the cart earns and how far the next reward is', async () => {
    // 1,250 points; the next reward a Silver member can buy is the 2,000-point tote.
    await renderWidget(<CartPoints subtotal={usd(5900)} />, { program });
    expect(screen.getByText('Earn 295 points with this order')).toBeTruthy();
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('63');
    expect(bar.getAttribute('aria-valuetext')).toBe('750 more points to Free tote');
  });

  it('says when this order earns enough for the next reward', async () => {
    await renderWidget(<CartPoints subtotal={usd(15000)} />, { program });
    expect(screen.getByText('Earn 750 points with this order')).toBeTruthy();
    expect(screen.getByText('This order unlocks Free tote')).toBeTruthy();
  });

  it('adds the lines up, each rounded down, as the engine awards', async () => {
    const lines = [
      { productId: 'a', quantity: 1, unitPrice: usd(99) },
      { productId: 'b', quantity: 1, unitPrice: usd(99) },
    ];
    await renderWidget(<CartPoints subtotal={usd(198)} lines={lines} />, { program });
    expect(screen.getByText('Earn 8 points with this order')).toBeTruthy();
  });

  it('applies a Gold member’s multiplier and skips rewards of other tiers', async () => {
    await renderWidget(<CartPoints subtotal={usd(5900)} />, {
      program,
      customer: { ...testCustomer, tier: { currentTierId: 'gold', progress: 1 } },
    });
    expect(screen.getByText('Earn 442 points with this order')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Free tote');
  });

  it('gives a guest the points and a way to join, without progress', async () => {
    await renderWidget(<CartPoints subtotal={usd(5900)} />, { program, customer: null });
    expect(screen.getByText('Earn 295 points with this order')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe('/join');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a guest who came by a referral link joins with the code', async () => {
    await renderWidget(<CartPoints subtotal={usd(5900)} referralCode="MAYA10" />, {
      program,
      customer: null,
    });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/join?lk_ref=MAYA10',
    );
  });

  it('shows nothing before the programme is known', async () => {
    const { view } = await renderWidget(<CartPoints subtotal={usd(5900)} />, { load: false });
    expect(view.container.firstElementChild?.childNodes.length).toBe(0);
  });
});
