import { type Cart, type CartLine, LoyaltyError } from '@loyaltykit/core';
import type { RedeemInput } from '../engine/redemptions.ts';

// Shape checks for request bodies. Problems with the shape are 400s; the
// engine answers 422 for well-formed requests it cannot honour.

const invalid = (detail: string) => new LoyaltyError('validation_failed', detail, { status: 400 });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown, min: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min;

function cartLine(value: unknown, currency: string, index: number): CartLine {
  const where = `cart.lines[${index}]`;
  if (!isObject(value) || typeof value.productId !== 'string' || !isCount(value.quantity, 1)) {
    throw invalid(`${where} needs a productId and a quantity of at least 1.`);
  }
  const price = value.unitPrice;
  if (!isObject(price) || !isCount(price.amountMinor, 0) || price.currency !== currency) {
    throw invalid(`${where}.unitPrice needs integer amountMinor ≥ 0 in ${currency}.`);
  }
  const collections = value.collectionIds;
  if (
    collections !== undefined &&
    !(Array.isArray(collections) && collections.every((c) => typeof c === 'string'))
  ) {
    throw invalid(`${where}.collectionIds must be strings.`);
  }
  return {
    productId: value.productId,
    quantity: value.quantity,
    unitPrice: { amountMinor: price.amountMinor, currency },
    ...(collections && { collectionIds: collections as string[] }),
  };
}

/** A cart: one currency, every line priced in it. */
export function parseCart(value: unknown): Cart {
  if (!isObject(value) || typeof value.currency !== 'string' || !Array.isArray(value.lines)) {
    throw invalid('A cart needs a currency and lines.');
  }
  const currency = value.currency;
  return { currency, lines: value.lines.map((line, index) => cartLine(line, currency, index)) };
}

/** `{ rewardId, points?, cart? }`. */
export function parseRedeem(value: unknown): RedeemInput {
  if (!isObject(value) || typeof value.rewardId !== 'string') {
    throw invalid('The body needs a rewardId.');
  }
  if (value.points !== undefined && !isCount(value.points, 1)) {
    throw invalid('points must be a positive integer.');
  }
  return {
    rewardId: value.rewardId,
    ...(value.points !== undefined && { points: value.points as number }),
    ...(value.cart !== undefined && { cart: parseCart(value.cart) }),
  };
}

/** `{ ruleId }`. */
export function parseAction(value: unknown): string {
  if (!isObject(value) || typeof value.ruleId !== 'string') {
    throw invalid('The body needs a ruleId.');
  }
  return value.ruleId;
}

/** `{ month, day }` as numbers; whether they make a date is the engine's 422. */
export function parseBirthday(value: unknown): { month: number; day: number } {
  if (!isObject(value) || typeof value.month !== 'number' || typeof value.day !== 'number') {
    throw invalid('The body needs a numeric month and day.');
  }
  return { month: value.month, day: value.day };
}
