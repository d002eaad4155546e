import { LoyaltyError, type Redemption } from '@loyaltykit/core';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testCustomer } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

const issued: Redemption = {
  id: 'red1',
  rewardId: 'r500',
  rewardTitle: '$5 off',
  rewardKind: 'fixed_discount',
  pointsSpent: 500,
  code: 'SAVE-ABC',
  status: 'issued',
  createdAt: '2026-11-01T00:00:00Z',
  expiresAt: '2026-12-01T00:00:00Z',
};
const second: Redemption = {
  ...issued,
  id: 'red2',
  rewardId: 'r2000',
  rewardTitle: 'Free tote',
  rewardKind: 'free_product',
  pointsSpent: 2000,
  code: 'TOTE-XYZ',
};

async function openMyRewards(redemptions: Redemption[] = [issued]) {
  const rendered = await renderPanel({
    page: 'rewards',
    customer: { ...testCustomer, redemptions },
  });
  return { ...rendered, cancel: vi.spyOn(rendered.server.backend, 'cancelRedemption') };
}

const ask = (code = 'SAVE-ABC') => {
  const row = screen.getByText(code).closest('li') as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: 'Cancel and refund' }));
  return screen.getByRole('group', { name: 'Cancel this code and get 500 points back?' });
};

describe('MyRewardsPage', () => {
  it('shows each unused code as a ticket to copy, with its expiry', async () => {
    await openMyRewards();
    const ticket = screen.getByRole('group', { name: 'Your code for $5 off' });
    expect(within(ticket).getByTestId('redemption-code').textContent).toBe('SAVE-ABC');
    expect(within(ticket).getByRole('button', { name: 'Copy code' })).toBeTruthy();
    expect(screen.getByText('Use by Dec 1, 2026')).toBeTruthy();
  });

  it('asks before cancelling, with focus on the question, and refunds nothing until confirmed', async () => {
    const { cancel, events, model } = await openMyRewards();
    const question = ask();
    await waitFor(() => expect(document.activeElement).toBe(question));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancel).not.toHaveBeenCalled();
    expect(events).toEqual([]);
    expect(model.customer.value?.balance.available).toBe(1250);
    expect(screen.getByText('SAVE-ABC')).toBeTruthy();
  });

  it('a double click on Cancel and refund opens the question and refunds nothing', async () => {
    const { cancel } = await openMyRewards();
    const group = ask();
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel and refund' }), {
      detail: 2,
    });
    fireEvent.click(within(group).getByRole('button', { name: 'Not now' }), { detail: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cancel).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: /Cancel this code/ })).toBe(group);
  });

  it('Not now keeps the code, refunds nothing and puts focus back on Cancel and refund', async () => {
    const { cancel } = await openMyRewards();
    fireEvent.click(within(ask()).getByRole('button', { name: 'Not now' }));
    const again = await screen.findByRole('button', { name: 'Cancel and refund' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(screen.queryByRole('group', { name: /Cancel this code/ })).toBeNull();
    expect(cancel).not.toHaveBeenCalled();
  });

  it('once confirmed: points come back, the code goes, the page is told, focus lands on the words left', async () => {
    const { model, events } = await openMyRewards();
    fireEvent.click(within(ask()).getByRole('button', { name: 'Cancel and refund' }));
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    expect(model.customer.value?.balance.available).toBe(1750);
    expect(events).toEqual([
      {
        type: 'redemption-cancelled',
        redemption: expect.objectContaining({ status: 'cancelled' }),
      },
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('500 points refunded'));
    const empty = screen.getByText('No unused rewards yet. Redeem points to get one.');
    await waitFor(() => expect(document.activeElement).toBe(empty));
  });

  it('after a cancel, focus moves to the code that took its place', async () => {
    await openMyRewards([issued, second]);
    fireEvent.click(within(ask()).getByRole('button', { name: 'Cancel and refund' }));
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('group', { name: 'Your code for Free tote' }),
      ),
    );
  });

  it('refunds once however quickly the shopper confirms: one request, one event', async () => {
    const { cancel, events } = await openMyRewards();
    const yes = within(ask()).getByRole('button', { name: 'Cancel and refund' });
    // In one task, before any render could mark the button busy.
    act(() => {
      yes.click();
      yes.click();
    });
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(events.map((e) => e.type)).toEqual(['redemption-cancelled']);
  });

  it('while the refund is on its way, the buttons are busy and do nothing, focus stays', async () => {
    const { cancel } = await openMyRewards();
    let release = () => {};
    cancel.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      const balance = { ...testCustomer.balance, available: 1750 };
      return { redemption: { ...issued, status: 'cancelled' }, balance };
    });
    const group = ask();
    const yes = within(group).getByRole('button', { name: 'Cancel and refund' });
    yes.focus();
    fireEvent.click(yes);
    await waitFor(() => expect(yes.getAttribute('aria-busy')).toBe('true'));
    expect(yes.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(yes);
    fireEvent.click(within(group).getByRole('button', { name: 'Not now' }));
    fireEvent.click(yes);
    expect(screen.getByRole('group', { name: /Cancel this code/ })).toBe(group);
    release();
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('a failed cancel says so, keeps the code and can be tried again', async () => {
    const { cancel, events } = await openMyRewards();
    cancel.mockRejectedValueOnce(new LoyaltyError('network_error', 'down'));
    const group = ask();
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel and refund' }));
    await waitFor(() =>
      expect(within(group).getByText('We couldn’t remove the reward. Try again.')).toBeTruthy(),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'We couldn’t remove the reward. Try again.',
      ),
    );
    expect(screen.getByText('SAVE-ABC')).toBeTruthy();
    expect(events).toEqual([]);
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel and refund' }));
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    expect(events.map((e) => e.type)).toEqual(['redemption-cancelled']);
  });

  it('hands a code to the page to apply', async () => {
    const { events } = await openMyRewards();
    fireEvent.click(screen.getByRole('button', { name: 'Apply to cart' }));
    expect(events).toEqual([{ type: 'redeem', redemption: issued }]);
  });
});
