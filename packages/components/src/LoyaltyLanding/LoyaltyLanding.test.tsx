import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testProgram } from '../testing/fake-backend.ts';
import { renderWidget } from '../testing/render-widget.tsx';
import { LoyaltyLanding } from './LoyaltyLanding.tsx';

afterEach(cleanup);

/** The landing's section headed `title`. */
const section = (title: string) =>
  screen.getByRole('heading', { level: 3, name: title }).closest('section') as HTMLElement;

const program = { ...testProgram, signUpUrl: '/join', signInUrl: '/login' };

describe('LoyaltyLanding', () => {
  it('presents the programme: steps, ways to earn, rewards, tiers and questions', async () => {
    await renderWidget(<LoyaltyLanding />, { program, customer: null });
    expect(screen.getByRole('heading', { level: 2, name: 'Harbor Rewards' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Earn points on orders and more',
    );
    expect(screen.getByText('Follow us')).toBeTruthy();
    expect(screen.getByText('Free tote')).toBeTruthy();
    expect(screen.getByText('1.5× points on orders')).toBeTruthy();
    expect(screen.getByText('How do I use my points?')).toBeTruthy();
    // No return window in this programme: no question about it.
    expect(screen.queryByText('When can I spend points from an order?')).toBeNull();
  });

  it('invites guests to join or sign in', async () => {
    await renderWidget(<LoyaltyLanding />, { program, customer: null });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe('/join');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
  });

  it('a guest who came by a referral link joins with the code', async () => {
    await renderWidget(<LoyaltyLanding referralCode="MAYA10" />, { program, customer: null });
    expect(screen.getByRole('link', { name: 'Join now' }).getAttribute('href')).toBe(
      '/join?lk_ref=MAYA10',
    );
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
  });

  it('takes members to their rewards instead', async () => {
    const { model } = await renderWidget(<LoyaltyLanding />, { program });
    fireEvent.click(await screen.findByRole('button', { name: 'My rewards' }));
    expect(model.panelPage.value).toBe('rewards');
    expect(screen.queryByRole('link', { name: 'Join now' })).toBeNull();
  });

  it('leaves out the tiers section for a programme without tiers', async () => {
    await renderWidget(<LoyaltyLanding />, { program: { ...program, tiers: [] } });
    expect(screen.queryByRole('heading', { name: 'VIP tiers' })).toBeNull();
  });

  it('says it is loading until the programme arrives', async () => {
    await renderWidget(<LoyaltyLanding />, { load: false });
    expect(screen.getByText('Loading your rewards…')).toBeTruthy();
  });

  it('shows every way to earn as a card: an icon hidden from screen readers, then the words', async () => {
    await renderWidget(<LoyaltyLanding />, { program, customer: null });
    const cards = within(section('Ways to earn')).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual([
      'Place an order5 points per $1.00',
      'Create an account200 points',
      'Follow us50 points',
      'Birthday treat300 points',
    ]);
    for (const card of cards) {
      const icons = card.querySelectorAll('svg');
      expect(icons).toHaveLength(1);
      expect(icons[0]?.getAttribute('aria-hidden')).toBe('true');
      // The icon comes first and says nothing: the card reads as its words alone.
      expect(card.firstElementChild).toBe(icons[0]);
    }
  });

  it('lays the rewards out cheapest first, a variable reward from its least, a tier-only one locked to its tier', async () => {
    await renderWidget(<LoyaltyLanding />, { program, customer: null });
    const cards = within(section('Rewards')).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual([
      '$25 card100 pointsGold members only',
      'Any amountFrom 100 points',
      '$5 off500 points',
      'Free tote2,000 points',
    ]);
    // Locked is said in words beside the lock, not by the icon or colour alone.
    expect(cards[0]?.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(2);
  });

  it('puts the tiers side by side, lowest first, each with where it starts and what it gives', async () => {
    await renderWidget(<LoyaltyLanding />, {
      program: { ...program, tiers: [...program.tiers].reverse() },
      customer: null,
    });
    const tiers = within(section('VIP tiers')).getAllByRole('heading', { level: 4 });
    expect(tiers.map((tier) => tier.textContent)).toEqual(['Silver', 'Gold']);
    const gold = tiers[1]?.closest('li') as HTMLElement;
    expect(within(gold).getByText('From 5,000 points')).toBeTruthy();
    expect(
      within(gold)
        .getAllByRole('listitem')
        .map((perk) => perk.textContent),
    ).toEqual(['1.5× points on orders', 'Free express shipping']);
  });

  it('asks its questions as native disclosures: closed, each answer inside its own summary’s details', async () => {
    await renderWidget(<LoyaltyLanding />, { program: { ...program, pendingDays: 14 } });
    const questions = within(section('Questions and answers'))
      .getAllByText(/\?$/)
      .map((summary) => summary.closest('details') as HTMLDetailsElement);
    expect(questions).toHaveLength(3);
    for (const details of questions) {
      // A <summary> first in its <details> is a button to every browser and screen reader:
      // focusable, opened and closed with Enter and Space (the story presses them in Chromium).
      expect(details.firstElementChild?.localName).toBe('summary');
      expect(details.open).toBe(false);
    }
    fireEvent.click(questions[2]?.querySelector('summary') as HTMLElement);
    expect(questions[2]?.open).toBe(true);
    expect(within(questions[2] as HTMLElement).getByText(/^14 days after your order/)).toBeTruthy();
  });

  it('speaks Korean', async () => {
    await renderWidget(<LoyaltyLanding />, { program, locale: 'ko' });
    expect(screen.getByRole('heading', { name: '자주 묻는 질문' })).toBeTruthy();
    const dollar = new Intl.NumberFormat('ko', { style: 'currency', currency: 'USD' }).format(1);
    expect(
      screen.getByText(
        `모든 주문에서 ${dollar}당 5포인트를 적립하고, 위의 다른 방법으로도 포인트를 받을 수 있어요.`,
      ),
    ).toBeTruthy();
  });
});
