import {
  type Customer,
  createI18n,
  createLoyaltyModel,
  type LoyaltyBackend,
  LoyaltyError,
  type LoyaltyEvent,
  type Program,
  type RedeemRequest,
  type RedemptionResult,
} from '@loyaltykit/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoyaltyProvider } from '../LoyaltyProvider/index.ts';
import { Panel } from '../Panel/Panel.tsx';

afterEach(cleanup);

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const program: Program = {
  id: 'p',
  name: 'Harbor Rewards',
  currency: 'USD',
  earningRules: [],
  rewards: [
    { id: 'r500', kind: 'fixed_discount', title: '$5 off', pointsPrice: 500, value: usd(500) },
    { id: 'r2000', kind: 'free_product', title: 'Free tote', pointsPrice: 2000, productId: 'tote' },
    {
      id: 'gold',
      kind: 'gift_card',
      title: '$25 card',
      pointsPrice: 100,
      value: usd(2500),
      tierIds: ['gold'],
    },
    {
      id: 'var',
      kind: 'variable',
      title: 'Any amount',
      pointsPrice: 100,
      pointsStep: 100,
      valueStep: usd(100),
    },
  ],
  tiers: [
    { id: 'silver', name: 'Silver', threshold: 0, multiplier: 1, perks: [] },
    { id: 'gold', name: 'Gold', threshold: 5000, multiplier: 1.5, perks: [] },
  ],
  bonusEvents: [],
};
const customer: Customer = {
  id: 'c',
  firstName: 'Maya',
  balance: { available: 1250, pending: 0, lifetime: 1250 },
  tier: { currentTierId: 'silver', nextTierId: 'gold', progress: 0.25, toNext: 3750 },
  redemptions: [],
  ruleUsage: [],
};

/** A backend that redeems once per idempotency key, like a real one; its answers can be lost or refused. */
function fakeBackend() {
  const byKey = new Map<string, RedemptionResult>();
  let available = customer.balance.available;
  const requests: RedeemRequest[] = [];
  const next: { lose?: boolean; refuse?: LoyaltyError } = {};
  let release: (() => void) | undefined;
  const backend: LoyaltyBackend = {
    getProgram: async () => structuredClone(program),
    getCustomer: async () => structuredClone(customer),
    getActivity: async () => ({ entries: [] }),
    async redeem(request) {
      requests.push(request);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      if (next.refuse) throw next.refuse;
      let result = byKey.get(request.idempotencyKey);
      if (!result) {
        const spent =
          request.points ?? program.rewards.find((r) => r.id === request.rewardId)!.pointsPrice;
        available -= spent;
        result = {
          redemption: {
            id: `red${byKey.size + 1}`,
            rewardId: request.rewardId,
            rewardTitle: request.rewardId,
            rewardKind: 'fixed_discount',
            pointsSpent: spent,
            code: `SAVE-${byKey.size + 1}`,
            status: 'issued',
            createdAt: '2026-11-23T00:00:00Z',
          },
          balance: { available, pending: 0, lifetime: 1250 },
        };
        byKey.set(request.idempotencyKey, result);
      }
      if (next.lose) {
        next.lose = false;
        throw new LoyaltyError('network_error', 'answer lost');
      }
      return result;
    },
    cancelRedemption: vi.fn(),
    claimAction: vi.fn(),
    setBirthday: vi.fn(),
  };
  return { backend, requests, next, redeemed: () => byKey.size, answer: () => release?.() };
}

async function openRedeemPage() {
  const server = fakeBackend();
  const model = createLoyaltyModel(server.backend);
  const events: LoyaltyEvent[] = [];
  await model.load();
  render(
    <LoyaltyProvider model={model} i18n={createI18n('en')} onEvent={(event) => events.push(event)}>
      <Panel />
    </LoyaltyProvider>,
  );
  model.openPanel('redeem');
  await screen.findByRole('heading', { name: 'Ways to redeem' });
  return { server, model, events };
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
    expect((await screen.findByRole('alert')).textContent).toContain('won’t be charged twice');
    expect(model.customer.value?.balance.available).toBe(1250);

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
});
