import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testCustomer, testProgram, usd } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { OrderPoints } from './OrderPoints.tsx';

const writeText = vi.fn(async (_text: string) => {});
beforeEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

describe('OrderPoints', () => {
  it('says what the order earned and offers the referral link to copy', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(5900)} />);
    expect(screen.getByText('You earned 295 points with this order')).toBeTruthy();
    // On one line in a read-only field, never broken mid-word.
    const field = screen.getByRole('textbox', { name: 'Your referral link' }) as HTMLInputElement;
    expect(field.value).toBe('https://shop.example/r/MAYA10');
    expect(
      screen.getByText(
        'Give friends $10.00 off on their first order. Get 500 points when they buy.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith('https://shop.example/r/MAYA10');
  });

  it('counts per line when the order’s cart is known, excluded lines earning nothing', async () => {
    const program = {
      ...testProgram,
      earningRules: [
        {
          id: 'order',
          kind: 'order' as const,
          title: 'Order',
          rate: { points: 5, per: usd(100) },
          excludedProductIds: ['gift-card'],
        },
      ],
    };
    const cart = {
      currency: 'USD',
      lines: [
        { productId: 'tee', quantity: 1, unitPrice: usd(5900) },
        { productId: 'gift-card', quantity: 1, unitPrice: usd(5000) },
      ],
    };
    await renderWidget(<OrderPoints orderTotal={usd(10900)} cart={cart} />, { program });
    expect(screen.getByText('You earned 295 points with this order')).toBeTruthy();
  });

  it('uses the singular for one point', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(20)} />);
    expect(screen.getByText('You earned 1 point with this order')).toBeTruthy();
  });

  it('tells a guest what members earn, with a way to join', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(5900)} />, {
      program: { ...testProgram, signUpUrl: '/join' },
      customer: null,
    });
    expect(screen.getByText('Members earn 295 points on an order like this')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join now' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a guest who came by a referral link joins with the code', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(5900)} referralCode="MAYA10" />, {
      program: { ...testProgram, signUpUrl: '/join' },
      customer: null,
    });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/join?lk_ref=MAYA10',
    );
  });

  it('speaks Thai', async () => {
    await renderWidget(<OrderPoints orderTotal={usd(5900)} />, { locale: 'th' });
    expect(screen.getByText('คุณได้รับ 295 คะแนนจากคำสั่งซื้อนี้')).toBeTruthy();
  });

  it('shows nothing when the order earns nothing and there is no link to share', async () => {
    const { view } = await renderWidget(<OrderPoints orderTotal={usd(5900)} />, {
      customer: { ...testCustomer, referral: undefined },
      program: { ...testProgram, earningRules: [] },
    });
    expect(view.container.firstElementChild?.childNodes.length).toBe(0);
  });
});
