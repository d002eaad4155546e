import type { BonusEvent, Cart, CartLine } from '@loyaltykit/core';
import { DAY, iso } from '../engine/time.ts';

/** A cart line: `line('tee-1', 2900, 2, ['tops'])` is two $29.00 tees. */
export const line = (
  productId: string,
  amountMinor: number,
  currency: string,
  quantity = 1,
  collectionIds?: string[],
): CartLine => ({
  productId,
  quantity,
  unitPrice: { amountMinor, currency },
  ...(collectionIds && { collectionIds }),
});

/** A cart of lines in one currency. */
export const cart = (currency: string, ...lines: CartLine[]): Cart => ({ currency, lines });

/**
 * A bonus event from yesterday to a week from `today`: live whenever the
 * engine starts, so every demo shows one (and seeded history, older than a
 * day, is not boosted by it).
 */
export const liveWindow = (today: number): Pick<BonusEvent, 'startsAt' | 'endsAt'> => ({
  startsAt: iso(today - DAY),
  endsAt: iso(today + 7 * DAY),
});
