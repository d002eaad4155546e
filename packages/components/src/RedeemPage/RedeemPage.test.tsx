import { LoyaltyError } from '@loyaltykit/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, testCustomer, testProgram } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

async function openRedeemPage(locale = 'en') {
  const rendered = await renderPanel({ page: 'redeem', locale });
  await screen.findByRole('heading', { name: locale === 'en' ? 'Ways to redeem' : /./ });
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
    confirm.focus(); // as a click in a browser does
    for (let i = 0; i < 5; i++) fireEvent.click(confirm);
    // Busy but still focused: a disabled button would drop focus to the page's <body>.
    const busy = await screen.findByRole('button', { name: 'Redeeming…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(busy);
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
    const fewer = screen.getByRole('button', { name: 'Fewer points' });
    // At the price already: it does nothing, and keeps focus (aria-disabled, not disabled).
    expect(fewer.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(fewer);
    expect(rowOf('Any amount').textContent).toContain('100 points for $1.00');
    fireEvent.click(more);
    fireEvent.click(more);
    expect(rowOf('Any amount').textContent).toContain('300 points for $3.00');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('300 points for $3.00'),
    );
    expect(screen.getByText('Spend 300 points for $3.00 off?')).toBeTruthy();
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

describe('RedeemPage: where focus goes, and what is said', () => {
  const redeemIn = (title: string) => within(rowOf(title)).getByRole('button', { name: 'Redeem' });

  it('moves focus to the question, back to Redeem on Not now, and to the issued code', async () => {
    const { server } = await openRedeemPage();
    fireEvent.click(redeemIn('$5 off'));
    const question = await screen.findByRole('group', { name: 'Spend 500 points on $5 off?' });
    await waitFor(() => expect(document.activeElement).toBe(question));

    fireEvent.click(within(question).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(document.activeElement).toBe(redeemIn('$5 off')));

    fireEvent.click(redeemIn('$5 off'));
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    const ticket = await screen.findByRole('group', { name: 'Your code for $5 off' });
    await waitFor(() => expect(document.activeElement).toBe(ticket));
    expect(within(ticket).getByTestId('redemption-code').textContent).toBe('SAVE-1');
    expect(within(ticket).getByRole('button', { name: 'Copy code' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your code for $5 off: SAVE-1'),
    );
  });

  it('a double click on Redeem opens the question and redeems nothing', async () => {
    const { server } = await openRedeemPage();
    fireEvent.click(redeemIn('$5 off'), { detail: 1 });
    // The double click's second click lands on whatever took the button's place.
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }), { detail: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Redeem now' }), { detail: 1 });
    await waitFor(() => expect(server.requests).toHaveLength(1));
  });

  it('after a refusal, focus goes back to the Redeem button, not to the page', async () => {
    const { server } = await openRedeemPage();
    server.next.refuse = new LoyaltyError('reward_unavailable', 'no', { status: 422 });
    fireEvent.click(redeemIn('$5 off'));
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(redeemIn('$5 off')));
  });

  it('copies the code from its ticket: a tick and new words on the button, said aloud', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { server } = await openRedeemPage();
    fireEvent.click(redeemIn('$5 off'));
    fireEvent.click(await screen.findByRole('button', { name: 'Redeem now' }));
    server.answer();
    const copy = await screen.findByRole('button', { name: 'Copy code' });
    const icon = () => copy.querySelector('path')?.getAttribute('d');
    const before = icon();
    fireEvent.click(copy);
    await waitFor(() => expect(copy.textContent).toBe('Code copied'));
    expect(writeText).toHaveBeenCalledWith('SAVE-1');
    expect(icon()).not.toBe(before);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Code copied'));
  });
});

describe('RedeemPage: rewards as cards', () => {
  it('tells each kind by its icon', async () => {
    await openRedeemPage();
    const icons = ['$5 off', 'Free tote', '$25 card', 'Any amount'].map((title) =>
      rowOf(title).querySelector('svg[aria-hidden="true"] path')?.getAttribute('d'),
    );
    expect(icons.every(Boolean)).toBe(true);
    expect(new Set(icons).size).toBe(4);
  });

  it('shows how far the balance is from a price as a named bar and in words', async () => {
    await openRedeemPage();
    const bar = within(rowOf('Free tote')).getByRole('progressbar', {
      name: '1,250 of 2,000 points',
    });
    expect(bar.getAttribute('aria-valuetext')).toBe('750 more points to go');
    expect(bar.getAttribute('aria-valuenow')).toBe('63');
    // Affordable and tier-only rewards have nothing to go.
    expect(within(rowOf('$5 off')).queryByRole('progressbar')).toBeNull();
    expect(within(rowOf('$25 card')).queryByRole('progressbar')).toBeNull();
  });

  it('locks a tier-only reward with an icon and words, and offers no button', async () => {
    await openRedeemPage();
    const lock = within(rowOf('$25 card')).getByText('Gold members only');
    expect(lock.querySelector('svg')).toBeTruthy();
    expect(within(rowOf('$25 card')).queryByRole('button')).toBeNull();
  });

  it('words the bar and the variable reward’s question in Thai and Korean too', async () => {
    await openRedeemPage('th');
    expect(
      within(rowOf('Free tote')).getByRole('progressbar', { name: '1,250 จาก 2,000 คะแนน' }),
    ).toBeTruthy();
    fireEvent.click(within(rowOf('Any amount')).getByRole('button', { name: 'แลก' }));
    expect(screen.getByText('ใช้ 100 คะแนน เป็นส่วนลด US$1.00 ใช่ไหม')).toBeTruthy();
    cleanup();

    await openRedeemPage('ko');
    expect(
      within(rowOf('Free tote')).getByRole('progressbar', { name: '2,000포인트 중 1,250' }),
    ).toBeTruthy();
    fireEvent.click(within(rowOf('Any amount')).getByRole('button', { name: '교환' }));
    expect(screen.getByText('100포인트를 사용해 US$1.00 할인받을까요?')).toBeTruthy();
  });
});
