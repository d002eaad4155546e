import type { LedgerEntry } from '@loyaltykit/core';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

const entry = (id: string, points: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  kind: points > 0 ? 'earn' : 'redeem',
  points,
  description: `Entry ${id}`,
  createdAt: '2026-11-20T00:00:00Z',
  ...extra,
});

describe('ActivityPage', () => {
  it('shows the ledger with signed points and loads older pages on request', async () => {
    await renderPanel({
      page: 'activity',
      activity: [
        {
          entries: [entry('a', 120, { pendingUntil: '2026-12-20T00:00:00Z' }), entry('b', -500)],
          nextCursor: '1',
        },
        { entries: [entry('c', 200)] },
      ],
    });
    expect((await screen.findByText('Entry a')).closest('li')?.textContent).toContain(
      '+120 points',
    );
    expect(screen.getByText('Available on Dec 20, 2026')).toBeTruthy();
    expect(screen.getByText('Entry b').closest('li')?.textContent).toContain('−500 points');
    fireEvent.click(screen.getByRole('button', { name: 'Show older activity' }));
    expect(await screen.findByText('Entry c')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });

  it('says when there is nothing yet', async () => {
    await renderPanel({ page: 'activity' });
    expect(await screen.findByText('No activity yet.')).toBeTruthy();
  });
});
