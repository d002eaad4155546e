import type { Redemption } from '@loyaltykit/core';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
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

describe('MyRewardsPage', () => {
  it('lists unused codes with their expiry', async () => {
    await renderPanel({ page: 'rewards', customer: { ...testCustomer, redemptions: [issued] } });
    expect(screen.getByText('SAVE-ABC')).toBeTruthy();
    expect(screen.getByText('Use by Dec 1, 2026')).toBeTruthy();
  });

  it('cancels a code: points come back, the code goes, the page is told', async () => {
    const { model, events } = await renderPanel({
      page: 'rewards',
      customer: { ...testCustomer, redemptions: [issued] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel and refund' }));
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    expect(model.customer.value?.balance.available).toBe(1750);
    expect(events).toEqual([
      {
        type: 'redemption-cancelled',
        redemption: expect.objectContaining({ status: 'cancelled' }),
      },
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('500 points refunded'));
    expect(screen.getByText('No unused rewards yet. Redeem points to get one.')).toBeTruthy();
  });

  it('hands a code to the page to apply', async () => {
    const { events } = await renderPanel({
      page: 'rewards',
      customer: { ...testCustomer, redemptions: [issued] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to cart' }));
    expect(events).toEqual([{ type: 'redeem', redemption: issued }]);
  });

  it('cancels once however quickly the shopper clicks: one request, one event', async () => {
    const { server, events } = await renderPanel({
      page: 'rewards',
      customer: { ...testCustomer, redemptions: [issued] },
    });
    const cancel = vi.spyOn(server.backend, 'cancelRedemption');
    const button = screen.getByRole('button', { name: 'Cancel and refund' });
    // In one task, before any render could disable the button.
    act(() => {
      button.click();
      button.click();
    });
    await waitFor(() => expect(screen.queryByText('SAVE-ABC')).toBeNull());
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(events.map((e) => e.type)).toEqual(['redemption-cancelled']);
  });
});
