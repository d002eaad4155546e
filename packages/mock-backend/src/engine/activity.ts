import type { ActivityPage } from '@loyaltykit/core';
import { InvalidRequest } from '@loyaltykit/gateway';
import { toEntry } from './customer-view.ts';
import type { Member } from './types.ts';

/** Entries per page when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

// Cursors are opaque to clients; inside, the sequence number to continue below.
const encode = (seq: number) => btoa(`seq:${seq}`).replace(/=+$/, '');

function decode(cursor: string): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // fall through to the error below
  }
  const seq = /^seq:(\d+)$/.exec(text)?.[1];
  if (seq === undefined) {
    throw new InvalidRequest([
      { parameter: 'cursor', detail: 'The cursor is not one this API issued.' },
    ]);
  }
  return Number(seq);
}

/** One page of the member's ledger, newest first, continuing below `cursor`. */
export function activityPage(
  member: Member,
  at: number,
  { cursor, limit = DEFAULT_PAGE_SIZE }: { cursor?: string; limit?: number },
): ActivityPage {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InvalidRequest([
      { parameter: 'limit', detail: `limit must be 1 to ${MAX_PAGE_SIZE}.` },
    ]);
  }
  const below = cursor === undefined ? Number.POSITIVE_INFINITY : decode(cursor);
  const older = member.ledger.filter((entry) => entry.seq < below).reverse();
  const page = older.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map((entry) => toEntry(entry, at)),
    ...(last && older.length > limit && { nextCursor: encode(last.seq) }),
  };
}
