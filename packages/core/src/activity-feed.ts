import { batch, type ReadonlySignal, signal } from '@preact/signals-core';
import { isLoyaltyError, LoyaltyError } from './errors.ts';
import type { LoyaltyModel } from './model.ts';
import { callForShopper } from './shopper.ts';
import type { LedgerEntry } from './types.ts';

/** The member's points ledger, loaded a page at a time. */
export interface ActivityFeed {
  readonly entries: ReadonlySignal<LedgerEntry[]>;
  /** `'done'` once the last page is in. */
  readonly status: ReadonlySignal<'idle' | 'loading' | 'more' | 'done' | 'error'>;
  readonly error: ReadonlySignal<LoyaltyError | undefined>;
  /** Loads the next page; concurrent calls share one request. Never rejects. */
  loadMore(): Promise<void>;
}

/**
 * Creates an activity feed over a model's backend, newest entries first. A
 * feed belongs to the shopper it was created for: pages that arrive after the
 * model's identity changed are dropped, so make a new feed for the new shopper.
 *
 * @example
 * ```ts
 * const feed = createActivityFeed(model);
 * await feed.loadMore();
 * feed.entries.value; // first page
 * ```
 */
export function createActivityFeed(
  model: Pick<LoyaltyModel, 'backend' | 'identity'>,
): ActivityFeed {
  const entries = signal<LedgerEntry[]>([]);
  const status = signal<'idle' | 'loading' | 'more' | 'done' | 'error'>('idle');
  const error = signal<LoyaltyError | undefined>(undefined);
  let cursor: string | undefined;
  let inFlight: Promise<void> | undefined;

  async function fetchPage(): Promise<void> {
    status.value = 'loading';
    try {
      const page = await callForShopper(model, (backend) => backend.getActivity(cursor));
      cursor = page.nextCursor;
      batch(() => {
        entries.value = [...entries.peek(), ...page.entries];
        status.value = page.nextCursor ? 'more' : 'done';
        error.value = undefined;
      });
    } catch (reason) {
      // Another shopper's page, arriving late: this feed is theirs no more.
      if (isLoyaltyError(reason) && reason.code === 'identity_changed') return;
      batch(() => {
        error.value = isLoyaltyError(reason)
          ? reason
          : new LoyaltyError('invalid_response', 'Unexpected failure loading activity', {
              cause: reason,
            });
        status.value = 'error';
      });
    }
  }

  return {
    entries,
    status,
    error,
    loadMore() {
      if (status.peek() === 'done') return Promise.resolve();
      inFlight ??= fetchPage().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
