import type { Cart, CartLine } from '@loyaltykit/core';
import type { RedeemInput } from './connector.ts';
import { InvalidRequest } from './invalid-request.ts';

// Shape checks for request bodies, as openapi.yaml's schemas state them.
// Problems with the shape are 400s naming the field (a JSON Pointer); the
// engine answers 422 for well-formed requests it cannot honour.

const invalid = (pointer: string, detail: string) => new InvalidRequest([{ pointer, detail }]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

/** ISO 4217, upper case: the document's `^[A-Z]{3}$`. */
const isCurrency = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z]{3}$/.test(value);

function cartLine(value: unknown, currency: string, at: string): CartLine {
  if (!isObject(value)) throw invalid(at, 'A cart line is an object.');
  if (typeof value.productId !== 'string') throw invalid(`${at}/productId`, 'Needs a productId.');
  if (!isCount(value.quantity, 1)) {
    throw invalid(`${at}/quantity`, 'quantity must be a whole number of at least 1.');
  }
  const price = value.unitPrice;
  if (!isObject(price) || !isCount(price.amountMinor, 0)) {
    throw invalid(`${at}/unitPrice`, 'unitPrice needs an integer amountMinor ≥ 0.');
  }
  if (price.currency !== currency) {
    throw invalid(`${at}/unitPrice/currency`, `Every line is priced in the cart's ${currency}.`);
  }
  const collections = value.collectionIds;
  if (
    collections !== undefined &&
    !(Array.isArray(collections) && collections.every((c) => typeof c === 'string'))
  ) {
    throw invalid(`${at}/collectionIds`, 'collectionIds must be strings.');
  }
  return {
    productId: value.productId,
    quantity: value.quantity,
    unitPrice: { amountMinor: price.amountMinor, currency },
    ...(collections && { collectionIds: collections as string[] }),
  };
}

/** A cart at `at` (a JSON Pointer): one currency, every line priced in it. */
export function parseCart(value: unknown, at = ''): Cart {
  if (!isObject(value)) throw invalid(at, 'A cart is an object with a currency and lines.');
  const currency = value.currency;
  if (!isCurrency(currency)) {
    throw invalid(`${at}/currency`, 'currency is an ISO 4217 code in upper case, e.g. USD.');
  }
  if (!Array.isArray(value.lines)) throw invalid(`${at}/lines`, 'A cart needs lines.');
  return {
    currency,
    lines: value.lines.map((line, index) => cartLine(line, currency, `${at}/lines/${index}`)),
  };
}

/** `{ rewardId, points?, cart? }`. */
export function parseRedeem(value: unknown): RedeemInput {
  if (!isObject(value)) throw invalid('', 'The body is a RedeemRequest object.');
  if (typeof value.rewardId !== 'string') throw invalid('/rewardId', 'The body needs a rewardId.');
  if (value.points !== undefined && !isCount(value.points, 1)) {
    throw invalid('/points', 'points must be a positive integer.');
  }
  return {
    rewardId: value.rewardId,
    ...(value.points !== undefined && { points: value.points as number }),
    ...(value.cart !== undefined && { cart: parseCart(value.cart, '/cart') }),
  };
}

/** `{ ruleId }`. */
export function parseAction(value: unknown): string {
  if (!isObject(value)) throw invalid('', 'The body is an ActionRequest object.');
  if (typeof value.ruleId !== 'string') throw invalid('/ruleId', 'The body needs a ruleId.');
  return value.ruleId;
}

/** `{ month: 1–12, day: 1–31 }`; whether they make a date is the engine's 422. */
export function parseBirthday(value: unknown): { month: number; day: number } {
  if (!isObject(value)) throw invalid('', 'The body is a Birthday object.');
  if (!isCount(value.month, 1, 12)) throw invalid('/month', 'month is a whole number, 1 to 12.');
  if (!isCount(value.day, 1, 31)) throw invalid('/day', 'day is a whole number, 1 to 31.');
  return { month: value.month, day: value.day };
}
