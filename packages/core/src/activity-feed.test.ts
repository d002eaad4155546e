import { describe, expect, it, vi } from 'vitest';
import { createActivityFeed } from './activity-feed.ts';
import type { LoyaltyBackend } from './backend.ts';
import { LoyaltyError } from './errors.ts';
import { createLoyaltyModel } from './model.ts';
import type { LedgerEntry } from './types.ts';

const entry = (id: string): LedgerEntry => ({
  id,
  kind: 'earn',
  points: 10,
  description: id,
  createdAt: '2026-11-23T00:00:00Z',
});

function feedOver(getActivity: LoyaltyBackend['getActivity']) {
  return createActivityFeed(createLoyaltyModel({ getActivity } as LoyaltyBackend));
}

describe('createActivityFeed', () => {
  it('loads page after page until the last, following the cursor', async () => {
    const getActivity = vi.fn(async (cursor?: string) =>
      cursor === undefined
        ? { entries: [entry('a'), entry('b')], nextCursor: 'c2' }
        : { entries: [entry('c')] },
    );
    const feed = feedOver(getActivity);
    await feed.loadMore();
    expect(feed.status.value).toBe('more');
    await feed.loadMore();
    expect(feed.entries.value.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(feed.status.value).toBe('done');
    await feed.loadMore();
    expect(getActivity.mock.calls.map((c) => c[0])).toEqual([undefined, 'c2']);
  });

  it('shares one request between concurrent calls', async () => {
    const getActivity = vi.fn(async () => ({ entries: [entry('a')] }));
    const feed = feedOver(getActivity);
    await Promise.all([feed.loadMore(), feed.loadMore()]);
    expect(getActivity).toHaveBeenCalledTimes(1);
  });

  it('keeps what it has on failure, reports the error and recovers on the next call', async () => {
    const getActivity = vi
      .fn<LoyaltyBackend['getActivity']>()
      .mockResolvedValueOnce({ entries: [entry('a')], nextCursor: 'c2' })
      .mockRejectedValueOnce(new LoyaltyError('timeout', 'slow'))
      .mockResolvedValueOnce({ entries: [entry('b')] });
    const feed = feedOver(getActivity);
    await feed.loadMore();
    await feed.loadMore();
    expect(feed.status.value).toBe('error');
    expect(feed.error.value?.code).toBe('timeout');
    expect(feed.entries.value.map((e) => e.id)).toEqual(['a']);
    await feed.loadMore();
    expect(feed.entries.value.map((e) => e.id)).toEqual(['a', 'b']);
    expect(getActivity.mock.calls.map((c) => c[0])).toEqual([undefined, 'c2', 'c2']);
  });

  it("drops a page that arrives after the shopper changed: one member's ledger never reaches the next", async () => {
    let answer!: (page: { entries: LedgerEntry[] }) => void;
    const getActivity = () => new Promise<{ entries: LedgerEntry[] }>((r) => (answer = r));
    const guest = {
      getCustomer: async () => null,
      getProgram: vi.fn(),
    } as unknown as LoyaltyBackend;
    const model = createLoyaltyModel({ getActivity } as LoyaltyBackend);
    const feed = createActivityFeed(model);
    const loading = feed.loadMore();
    void model.useBackend(guest);
    answer({ entries: [entry('first member')] });
    await loading;
    expect(feed.entries.value).toEqual([]);
    expect(feed.error.value).toBeUndefined();
  });
});
