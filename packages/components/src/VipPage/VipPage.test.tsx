import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { highlight } from '../Icon/IconRow.css.ts';
import { testCustomer } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

/** The tier cards, lowest first (not the perk lines inside them). */
const tierRows = () =>
  screen.getAllByRole('listitem').filter((li) => !li.parentElement?.closest('li'));

describe('VipPage', () => {
  it('lists the tiers with thresholds and perks and marks the member’s own', async () => {
    await renderPanel({ page: 'vip' });
    const [silver, gold] = tierRows();
    expect(within(silver!).getByText('Your tier')).toBeTruthy();
    expect(gold!.textContent).toContain('From 5,000 points');
    expect(gold!.textContent).toContain('1.5× points on orders');
    expect(gold!.textContent).toContain('Free express shipping');
  });

  it('tells screen readers which tier is the member’s, and locks the ones above it', async () => {
    await renderPanel({ page: 'vip' });
    const [silver, gold] = tierRows();
    expect(silver!.getAttribute('aria-current')).toBe('true');
    expect(gold!.hasAttribute('aria-current')).toBe(false);
    expect(silver!.className).toContain(highlight);
    expect(gold!.className).not.toContain(highlight);
    // Each tier has its badge; only the tier out of reach has a lock beside its threshold.
    expect(silver!.querySelectorAll('svg')).toHaveLength(2); // its badge and its one perk's
    expect(within(gold!).getByText('From 5,000 points').querySelector('svg')).toBeTruthy();
    // Every perk line has its icon, hidden from screen readers: the words carry the perk.
    for (const perk of within(gold!).getAllByRole('listitem')) {
      expect(perk.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('shows progress to the next tier as an accessible progress bar', async () => {
    await renderPanel({ page: 'vip' });
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('3,750 points to Gold');
  });

  it('says what keeps the tier when tiers are re-evaluated', async () => {
    await renderPanel({
      page: 'vip',
      customer: {
        ...testCustomer,
        tier: { ...testCustomer.tier!, toRetain: 400, periodEnd: '2026-12-31T00:00:00Z' },
      },
    });
    expect(screen.getByText('Earn 400 points by Dec 31, 2026 to keep Silver')).toBeTruthy();
  });
});
