import type { LedgerEntry } from '@loyaltykit/core';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { disc, title } from '../Icon/IconRow.css.ts';
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

const rowOf = (description: string) => screen.getByText(description).closest('li') as HTMLLIElement;
/** The row's icon, by its path, and the tone of its disc. */
const iconOf = (row: HTMLElement) => ({
  d: row.querySelector('svg path')?.getAttribute('d'),
  tone: row.querySelector('svg')?.parentElement?.className,
});
/** The signed amount at the end of the row's title line: text, so screen readers say it too. */
const amountOf = (row: HTMLElement) => {
  const amount = row.querySelector(`.${title.split(' ')[0]}`)?.nextElementSibling;
  expect(amount?.closest('[aria-hidden]')).toBeNull();
  return amount?.textContent;
};

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
    await screen.findByText('Entry a');
    expect(amountOf(rowOf('Entry a'))).toBe('+120 points');
    expect(screen.getByText('Available on Dec 20, 2026')).toBeTruthy();
    // The locale's minus sign, as Intl writes it.
    expect(amountOf(rowOf('Entry b'))).toBe('-500 points');
    fireEvent.click(screen.getByRole('button', { name: 'Show older activity' }));
    expect(await screen.findByText('Entry c')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older activity' })).toBeNull();
  });

  it('tells points in from points out by icon and colour too, and marks expired points', async () => {
    await renderPanel({
      page: 'activity',
      activity: [
        { entries: [entry('in', 120), entry('out', -500), entry('old', -30, { kind: 'expire' })] },
      ],
    });
    await screen.findByText('Entry old');
    const [credit, debit, expired] = ['Entry in', 'Entry out', 'Entry old'].map((d) =>
      iconOf(rowOf(d)),
    );
    expect(credit!.tone).toBe(disc.success);
    expect(debit!.tone).toBe(disc.muted);
    expect(new Set([credit!.d, debit!.d, expired!.d]).size).toBe(3);
  });

  it('writes the signed number the Arabic way, isolated inside the sentence', async () => {
    await renderPanel({
      page: 'activity',
      locale: 'ar-EG',
      activity: [{ entries: [entry('b', -500)] }],
    });
    await screen.findByText('Entry b');
    expect(amountOf(rowOf('Entry b'))).toBe('\u2068\u061c-٥٠٠\u2069 نقطة');
  });

  it('says when there is nothing yet', async () => {
    await renderPanel({ page: 'activity' });
    expect(await screen.findByText('No activity yet.')).toBeTruthy();
  });
});
