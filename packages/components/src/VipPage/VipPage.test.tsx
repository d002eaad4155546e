import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testCustomer } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

describe('VipPage', () => {
  it('lists the tiers with thresholds and perks and marks the member’s own', async () => {
    await renderPanel({ page: 'vip' });
    const rows = screen.getAllByRole('listitem').filter((li) => li.querySelector('bdi'));
    const [silver, gold] = rows.filter((row) => row.parentElement?.parentElement?.tagName !== 'LI');
    expect(within(silver!).getByText('Your tier')).toBeTruthy();
    expect(gold!.textContent).toContain('From 5,000 points');
    expect(gold!.textContent).toContain('1.5× points on orders');
    expect(gold!.textContent).toContain('Free express shipping');
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
