import {
  type LoyaltyBackend,
  LoyaltyError,
  type Program,
  sharedRedemptionFlow,
} from '@loyaltykit/core';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, testCustomer, testProgram, usd } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { CheckoutRedemption, FALLBACK_AFTER_MS } from './CheckoutRedemption.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const program: Program = {
  ...testProgram,
  signInUrl: '/account/login',
  rewards: [
    ...testProgram.rewards,
    {
      id: 'ship',
      kind: 'free_shipping',
      title: 'Free shipping',
      pointsPrice: 300,
      minimumOrder: usd(10000),
    },
  ],
};

const select = () => screen.getByRole('combobox', { name: 'Choose a reward' }) as HTMLSelectElement;
const optionNames = () =>
  [...select().options].map((option) => option.text.replace(/[\u2068\u2069]/g, ''));
const status = () => screen.getByRole('status');

/** A backend that never answers: a hung network. */
const silent = (): LoyaltyBackend => {
  const never = () => new Promise<never>(() => {});
  return { getProgram: never, getCustomer: never } as Pick<
    LoyaltyBackend,
    'getProgram' | 'getCustomer'
  > as LoyaltyBackend;
};

describe('CheckoutRedemption', () => {
  it('shows the balance, the points this order earns and the rewards this cart allows', async () => {
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, { program });
    expect(screen.getByText('1,250 points')).toBeTruthy();
    expect(screen.getByText('Earn 295 points with this order')).toBeTruthy();
    // Not the $20 tote (too dear), the Gold card (tier) or free shipping (minimum $100).
    expect(optionNames()).toEqual([
      '$12.00 off for 1,200 points', // the variable reward, as much as the cart takes
      '$5 off for 500 points',
    ]);
  });

  it('offers a reward once the subtotal meets its minimum order', async () => {
    await renderWidget(<CheckoutRedemption subtotal={usd(15000)} />, { program });
    expect(optionNames()).toContain('Free shipping for 300 points');
  });

  it('counts points per line when the cart is known', async () => {
    const cart = {
      currency: 'USD',
      lines: [
        { productId: 'a', quantity: 2, unitPrice: usd(99) },
        { productId: 'b', quantity: 1, unitPrice: usd(99) },
      ],
    };
    await renderWidget(<CheckoutRedemption subtotal={usd(297)} cart={cart} />, { program });
    // 9 + 4, each line rounded down, as the engine awards (not 14 on the total).
    expect(screen.getByText('Earn 13 points with this order')).toBeTruthy();
  });

  it('applies once on a double click, emits the code once, then removes it and refunds', async () => {
    const { server, events, model } = await renderWidget(
      <CheckoutRedemption subtotal={usd(5900)} />,
      { program },
    );
    fireEvent.change(select(), { target: { value: 'r500' } });
    const apply = screen.getByRole('button', { name: 'Apply' });
    fireEvent.click(apply);
    fireEvent.click(apply);
    expect(server.requests).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Redeeming…' }).hasAttribute('disabled')).toBe(true);

    server.answer();
    const remove = await screen.findByRole('button', { name: 'Remove' });
    expect(screen.getByTestId('redemption-code').textContent).toContain('SAVE-1');
    expect(events).toEqual([
      { type: 'redeem', redemption: expect.objectContaining({ code: 'SAVE-1' }) },
    ]);
    expect(server.redeemed()).toBe(1);
    expect(model.customer.value?.balance.available).toBe(750);
    await waitFor(() => expect(document.activeElement).toBe(remove));
    await waitFor(() => expect(status().textContent).toContain('applied with code SAVE-1'));

    fireEvent.click(remove);
    await screen.findByRole('button', { name: 'Apply' });
    expect(events.map((e) => e.type)).toEqual(['redeem', 'redemption-cancelled']);
    expect(events[1]?.redemption).toMatchObject({ id: 'red1', status: 'cancelled' });
    expect(model.customer.value?.balance.available).toBe(1250);
    await waitFor(() => expect(document.activeElement).toBe(select()));
    await waitFor(() => expect(status().textContent).toBe('$5 off removed, 500 points refunded'));
  });

  it('says why a redemption was refused, and emits nothing', async () => {
    const { server, events } = await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program,
    });
    server.next.refuse = new LoyaltyError('insufficient_points', 'no', { status: 422 });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    server.answer();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You don’t have enough points for this reward any more.',
    );
    expect(events).toEqual([]);
  });

  it('tells a member with too few points that nothing applies yet', async () => {
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program: { ...program, rewards: program.rewards.filter((r) => r.id === 'r2000') },
    });
    expect(screen.getByText('No rewards for this order yet')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('invites a guest to sign in, with what the order would earn', async () => {
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, { program, customer: null });
    expect(screen.getByText('Earn 295 points with this order')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Sign in to use your points' }).getAttribute('href'),
    ).toBe('/account/login');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('falls back quietly after 3 s when the backend never answers', async () => {
    vi.useFakeTimers();
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      load: false,
      backend: silent(),
    });
    await act(() => {
      vi.advanceTimersByTime(FALLBACK_AFTER_MS - 1);
    });
    expect(screen.queryByText('Rewards unavailable right now')).toBeNull();
    await act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByText('Rewards unavailable right now')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('falls back at once when the backend fails', async () => {
    const failing = {
      getProgram: () => Promise.reject(new LoyaltyError('network_error', 'offline')),
      getCustomer: () => Promise.reject(new LoyaltyError('network_error', 'offline')),
    } as Pick<LoyaltyBackend, 'getProgram' | 'getCustomer'> as LoyaltyBackend;
    await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, { backend: failing });
    expect(await screen.findByText('Rewards unavailable right now')).toBeTruthy();
  });

  it('speaks Arabic, right to left', async () => {
    const { view } = await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program,
      locale: 'ar',
    });
    expect(screen.getByRole('heading', { name: 'استخدم نقاطك' })).toBeTruthy();
    expect(view.container.querySelector('[dir]')?.getAttribute('dir')).toBe('rtl');
  });

  it('three quick clicks on Remove send one cancel and tell the page once', async () => {
    const { server, events } = await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program,
    });
    const cancel = vi.spyOn(server.backend, 'cancelRedemption');
    fireEvent.change(select(), { target: { value: 'r500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    server.answer();
    const remove = await screen.findByRole('button', { name: 'Remove' });
    // In one task, before any render could disable the button.
    act(() => {
      remove.click();
      remove.click();
      remove.click();
    });
    await screen.findByRole('button', { name: 'Apply' });
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(events.map((e) => e.type)).toEqual(['redeem', 'redemption-cancelled']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('drops a redemption that answers after sign-out: no code for the page, nothing left on screen', async () => {
    const { server, events, model } = await renderWidget(
      <CheckoutRedemption subtotal={usd(5900)} />,
      { program },
    );
    fireEvent.change(select(), { target: { value: 'r500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    // The same tick: the shopper signs out while the redemption is on its way.
    const signedOut = model.useBackend(fakeBackend(program, null).backend);
    server.answer();
    await signedOut;
    await screen.findByRole('link', { name: 'Sign in to use your points' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]);
    expect(screen.queryByTestId('redemption-code')).toBeNull();
    expect(status().textContent).toBe('');
    expect(document.body.textContent).not.toContain('SAVE-1');
    // The guest's model holds nothing of the member's.
    expect(model.customer.value).toBeNull();
  });

  it('after a lost answer, shows the server’s balance and says where the code will be', async () => {
    const { server, model } = await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program,
    });
    server.next.lose = true;
    fireEvent.change(select(), { target: { value: 'r500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    server.answer();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('My rewards');
    // The server did redeem: the balance on screen follows it, without a page load.
    await waitFor(() => expect(screen.getByText('750 points')).toBeTruthy());
    expect(model.customer.value?.redemptions.map((r) => r.code)).toEqual(['SAVE-1']);
    expect(server.redeemed()).toBe(1);
  });

  it('keeps saying what happened when the balance read after a lost answer leaves nothing to pick', async () => {
    const { server } = await renderWidget(<CheckoutRedemption subtotal={usd(5900)} />, {
      program: { ...program, rewards: program.rewards.filter((r) => r.id === 'r500') },
      customer: { ...testCustomer, balance: { available: 700, pending: 0, lifetime: 700 } },
    });
    server.next.lose = true;
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    server.answer();
    await waitFor(() => expect(screen.getByText('200 points')).toBeTruthy());
    expect(screen.getByText('No rewards for this order yet')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('the code is in My rewards');
  });

  it('a code cancelled in the panel is off the checkout too, with no second cancel', async () => {
    const { server, events, model } = await renderWidget(
      <CheckoutRedemption subtotal={usd(5900)} />,
      { program },
    );
    const cancel = vi.spyOn(server.backend, 'cancelRedemption');
    fireEvent.change(select(), { target: { value: 'r500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    server.answer();
    await screen.findByRole('button', { name: 'Remove' });
    // The panel's "Cancel and refund" for the same code, through the page's one flow.
    await act(async () => {
      await sharedRedemptionFlow(model).cancel('red1');
    });
    const apply = await screen.findByRole('button', { name: 'Apply' });
    expect(screen.queryByTestId('redemption-code')).toBeNull();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(apply).toBeTruthy();
    expect(events.map((e) => e.type)).toEqual(['redeem']);
  });
});
