import { LoyaltyError } from '@loyaltykit/core';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBackend, testCustomer, testProgram } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

async function openRedeemPage() {
  const rendered = await renderPanel({ page: 'redeem' });
  await screen.findByRole('heading', { name: 'Ways to redeem' });
  return rendered;
}

const rowOf = (title: string) => screen.getByText(title).closest('li') as HTMLElement;

describe('RedeemPage', () => {
  it('shows what each reward costs and what stands in the way', async () => {
    await openRedeemPage();
    expect(rowOf('$5 off').textContent).toContain('Redeem');
    expect(rowOf('Free tote').textContent).toContain('750 more points to go');
    expect(rowOf('$25 card').textContent).toContain('Gold members only');
    expect(rowOf('Free tote').querySelector('button')).toBeNull();
  });

  it('redeems exactly once however often the confirm button is clicked, and shows the code', async () => {
    const { server, model } = await openRedeemPage();
    fireEvent.click(screen.getAllByRole('button', { name: 'Redeem' })[1]!); // $5 off (after "Any amount")
    const confirm = await screen.findByRole('button', { name: 'Redeem now' });
    for (let i = 0; i < 5; i++) fireEvent.click(confirm);
    await waitFor(() =>
      expect(
        (screen.getByRole('button', { name: 'Redeeming…' }) as HTMLButtonElement).disabled,
      ).toBe(true),
    );
    server.answer();

    expect((await screen.findByTestId('redemption-code')).textContent).toBe('SAVE-1');
    expect(server.requests).toHaveLength(1);
    expect(server.redeemed()).toBe(1);
    expect(model.customer.value?.balance.available).toBe(750);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your code for $5 off: SAVE-1'),
    );
  });

  it('recovers a lost answer with the same idempotency key: one redemption, one balance change', async () => {
    const { server, model } = await openRedeemPage();
    server.next.lose = true;
    fireEvent.click(screen.getAllByRole('button', { name: 'Redeem' })[1]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    expect((await screen.findByRole('alert')).textContent).toContain('won’t charge you twice');
    // The server did redeem: the balance is read again and follows it before any retry.
    await waitFor(() => expect(model.customer.value?.balance.available).toBe(750));

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    server.answer();
    expect((await screen.findByTestId('redemption-code')).textContent).toBe('SAVE-1');
    expect(server.requests.map((r) => r.idempotencyKey)).toEqual([
      server.requests[0]?.idempotencyKey,
      server.requests[0]?.idempotencyKey,
    ]);
    expect(server.redeemed()).toBe(1);
    expect(model.customer.value?.balance.available).toBe(750);
  });

  it('explains a refusal and keeps the reward redeemable with a fresh intent', async () => {
    const { server } = await openRedeemPage();
    server.next.refuse = new LoyaltyError('insufficient_points', 'no', { status: 422 });
    fireEvent.click(screen.getAllByRole('button', { name: 'Redeem' })[1]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    expect((await screen.findByRole('alert')).textContent).toContain('don’t have enough points');
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Redeem' })).toHaveLength(2));
  });

  it('hands the code to the page when the shopper applies it', async () => {
    const { server, events } = await openRedeemPage();
    fireEvent.click(screen.getAllByRole('button', { name: 'Redeem' })[1]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    fireEvent.click(await screen.findByRole('button', { name: 'Apply to cart' }));
    expect(events).toEqual([
      { type: 'redeem', redemption: expect.objectContaining({ code: 'SAVE-1' }) },
    ]);
  });

  it('lets the shopper choose how many points a variable reward takes, in whole steps', async () => {
    const { server } = await openRedeemPage();
    fireEvent.click(screen.getAllByRole('button', { name: 'Redeem' })[0]!);
    const more = screen.getByRole('button', { name: 'More points' });
    expect(
      (screen.getByRole('button', { name: 'Fewer points' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(more);
    fireEvent.click(more);
    expect(rowOf('Any amount').textContent).toContain('300 points for $3.00');
    fireEvent.click(screen.getByRole('button', { name: 'Redeem now' }));
    server.answer();
    await screen.findByTestId('redemption-code');
    expect(server.requests[0]).toMatchObject({ rewardId: 'var', points: 300 });
  });

  it('a code announced a moment before the shopper changes is never said to the next one', async () => {
    const { server, model } = await openRedeemPage();
    fireEvent.click(screen.getAllByRole('button', { name: 'Redeem' })[1]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    await screen.findByTestId('redemption-code');
    // The announcement is still on its way (the live region is cleared first, then filled).
    const other = { ...testCustomer, id: 'cus_other', firstName: 'Noah', redemptions: [] };
    await model.useBackend(fakeBackend(testProgram, other).backend);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByTestId('redemption-code')).toBeNull();
  });
});
