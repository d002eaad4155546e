import type { RuleLimit } from '@loyaltykit/core';

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** ISO 8601 timestamp of an engine time. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** Midnight UTC of the day `ms` falls in. */
export const startOfDay = (ms: number): number => ms - (((ms % DAY) + DAY) % DAY);

/**
 * Start of the calendar period (UTC) that `ms` falls in. Limits count uses
 * per calendar period, as shoppers read "once a month", not per rolling window.
 */
export function periodStart(per: RuleLimit['per'], ms: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  switch (per) {
    case 'lifetime':
      return Number.NEGATIVE_INFINITY;
    case 'year':
      return Date.UTC(year, 0, 1);
    case 'month':
      return Date.UTC(year, date.getUTCMonth(), 1);
    case 'week':
      // ISO weeks start on Monday.
      return startOfDay(ms) - ((date.getUTCDay() + 6) % 7) * DAY;
    case 'day':
      return startOfDay(ms);
  }
}
