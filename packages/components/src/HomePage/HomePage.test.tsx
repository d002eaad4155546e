import type { BonusEvent } from '@loyaltykit/core';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testProgram } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

const NOW = '2026-11-26T12:00:00Z';
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const event = (id: string, extra: Partial<BonusEvent>): BonusEvent => ({
  id,
  title: `Event ${id}`,
  multiplier: 2,
  startsAt: '2026-11-25T00:00:00Z',
  endsAt: '2026-11-30T00:00:00Z',
  scope: 'all',
  ...extra,
});

const program = {
  ...testProgram,
  bonusEvents: [
    event('everything', { multiplier: 1.5 }),
    event('outerwear', { scope: 'collections', collectionIds: ['outerwear'] }),
    event('gold', { scope: 'tiers', tierIds: ['gold'], multiplier: 3 }),
    event('over', { endsAt: '2026-11-26T00:00:00Z' }),
    event('soon', { startsAt: '2026-11-27T00:00:00Z' }),
  ],
};

const card = (title: string) => screen.getByText(title).closest('li') as HTMLElement;

describe('HomePage', () => {
  it('shows every live bonus event, with what it applies to, and none that is over or to come', async () => {
    await renderPanel({ program });
    // `endsAt` is exclusive: an event ending at midnight on the 30th lasts until the 29th.
    expect(card('Event everything').textContent).toBe(
      'Event everything1.5× points until Nov 29, 2026',
    );
    expect(card('Event outerwear').textContent).toContain('2× points until Nov 29, 2026');
    expect(card('Event outerwear').textContent).toContain('On selected collections');
    // A tier's event is news for everyone: the Silver member learns what Gold gets.
    expect(card('Event gold').textContent).toContain('3× points until Nov 29, 2026');
    expect(card('Event gold').textContent).toContain('Gold members only');
    expect(screen.queryByText('Event over')).toBeNull();
    expect(screen.queryByText('Event soon')).toBeNull();
  });

  it('shows no bonus card when no event is live', async () => {
    await renderPanel({ program: { ...program, bonusEvents: program.bonusEvents.slice(3) } });
    expect(screen.queryByText(/points until/)).toBeNull();
  });

  it('names each link by its words alone: the icons beside them are hidden from screen readers', async () => {
    await renderPanel();
    const nav = screen.getByRole('navigation', { name: 'Harbor Rewards' });
    const links = within(nav).getAllByRole('button');
    expect(links.map((link) => link.textContent)).toEqual([
      'Ways to redeem2',
      'Ways to earn',
      'My rewards',
      'VIP tiers',
      'Refer a friend',
      'Activity',
    ]);
    for (const link of links) {
      const icons = [...link.querySelectorAll('svg')];
      // Its own icon and the chevron, both decoration.
      expect(icons).toHaveLength(2);
      for (const icon of icons) expect(icon.getAttribute('aria-hidden')).toBe('true');
    }
  });
});
