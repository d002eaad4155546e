import type { Customer, LoyaltyBackend, Program } from '@loyaltykit/core';
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isolated } from '../testing/bidi.ts';
import { testCustomer, testProgram, usd } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { ProductPoints } from './ProductPoints.tsx';

// A Thursday; the weekend event below runs Saturday 00:00 to Monday 00:00 UTC.
const THURSDAY = '2026-11-26T12:00:00Z';
const SATURDAY = '2026-11-28T12:00:00Z';

const program: Program = {
  ...testProgram,
  signUpUrl: '/account/register',
  earningRules: [
    {
      id: 'order',
      kind: 'order',
      title: 'Place an order',
      rate: { points: 5, per: usd(100) },
      excludedProductIds: ['gift-card'],
    },
  ],
  bonusEvents: [
    {
      id: 'weekend',
      title: 'Double points weekend',
      multiplier: 2,
      startsAt: '2026-11-28T00:00:00Z',
      endsAt: '2026-11-30T00:00:00Z',
      scope: 'all',
    },
  ],
};
const gold: Customer = {
  ...testCustomer,
  tier: { currentTierId: 'gold', progress: 1 },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(THURSDAY);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ProductPoints', () => {
  it('shows a Silver member the base rate: 5 points per $1 on $59.00 is 295', async () => {
    const { view } = await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program,
    });
    expect(view.container.textContent).toBe('Earn 295 points');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('applies a Gold member’s 1.5× tier multiplier (295 → 442)', async () => {
    const { view } = await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program,
      customer: gold,
    });
    expect(view.container.textContent).toBe('Earn 442 points');
  });

  it('shows a guest what they would earn and a link to join', async () => {
    await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program,
      customer: null,
    });
    expect(screen.getByText('Earn 295 points')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register',
    );
  });

  it('a guest who came by a referral link joins with the code', async () => {
    await renderWidget(<ProductPoints productId="tee" price={usd(5900)} referralCode="MAYA10" />, {
      program,
      customer: null,
    });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/account/register?lk_ref=MAYA10',
    );
  });

  it('follows price and quantity changes (a variant picker)', async () => {
    const { view, rerender } = await renderWidget(
      <ProductPoints productId="tee" price={usd(5900)} />,
      { program },
    );
    rerender(<ProductPoints productId="tee" price={usd(7900)} />);
    expect(view.container.textContent).toBe('Earn 395 points');
    rerender(<ProductPoints productId="tee" price={usd(7900)} quantity={3} />);
    expect(view.container.textContent).toBe('Earn 1,185 points');
  });

  it('names a live bonus event and when it ends: “2× points until Sunday”', async () => {
    vi.setSystemTime(SATURDAY);
    const { view } = await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program,
    });
    // Ends Monday 00:00 UTC (exclusive): the last day is Sunday, in the shopper's time zone.
    const sunday = new Intl.DateTimeFormat('en', { weekday: 'long' }).format(
      Date.parse('2026-11-29T23:59:59Z'),
    );
    expect(view.container.textContent).toBe(`Earn 590 points2× points until ${sunday}`);
  });

  it('keeps a later end date in one piece, so a narrow card never breaks it across lines', async () => {
    // Thursday the 26th; the event runs to Dec 8 00:00 UTC, more than a week away.
    const long = { ...program.bonusEvents[0]!, startsAt: THURSDAY, endsAt: '2026-12-08T00:00:00Z' };
    const { view } = await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program: { ...program, bonusEvents: [long] },
      locale: 'th',
    });
    const date = new Intl.DateTimeFormat('th', { month: 'short', day: 'numeric' }).format(
      Date.parse('2026-12-07T23:59:59Z'),
    );
    expect(date).toContain(' ');
    expect(view.container.textContent).toContain(`ถึง ${date.replace(/ /g, '\u00a0')}`);
  });

  it('renders nothing at all for an excluded product', async () => {
    const { view, model } = await renderWidget(
      <ProductPoints productId="gift-card" price={usd(5000)} />,
      { program },
    );
    expect(model.status.value).toBe('ready');
    expect(view.container.firstElementChild?.childNodes.length).toBe(0);
  });

  it('holds one empty, hidden row while loading, and gives it up if loading fails', async () => {
    let fail: (reason: Error) => void = () => {};
    const never = new Promise<never>((_, reject) => {
      fail = reject;
    });
    const backend = { getProgram: () => never, getCustomer: () => never } as Pick<
      LoyaltyBackend,
      'getProgram' | 'getCustomer'
    > as LoyaltyBackend;
    const { view, model } = await renderWidget(
      <ProductPoints productId="tee" price={usd(5900)} />,
      { program, load: false, backend },
    );
    const loading = model.load();
    const placeholder = view.container.firstElementChild?.firstElementChild;
    expect(placeholder?.getAttribute('aria-hidden')).toBe('true');
    expect(placeholder?.textContent).toBe('');
    fail(new Error('offline'));
    await loading;
    await vi.waitFor(() => expect(view.container.firstElementChild?.childNodes.length).toBe(0));
  });

  it('speaks Arabic, with Latin digits for plain ar', async () => {
    const { view } = await renderWidget(<ProductPoints productId="tee" price={usd(5900)} />, {
      program,
      locale: 'ar',
    });
    expect(view.container.textContent).toBe(`اكسب ${isolated(`${isolated('295')} نقطة`)}`);
  });
});
