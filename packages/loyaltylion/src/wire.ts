import {
  integer,
  number,
  object,
  oneOf,
  type Schema,
  SchemaError,
  string,
} from '@loyaltykit/client/adapter-kit';
import { type Money, parseMoney } from '@loyaltykit/core';
import type { components } from './vendor/api.ts';

/** The Headless API's schemas, as the vendored document declares them. */
export type Wire = components['schemas'];

/**
 * Constrains a reader's keys to the fields of vendor schema `V`: a typo, or a
 * field a newer copy of the document renamed, fails the type check.
 */
export const fields =
  <V>() =>
  <T extends { [K in keyof T]: K extends keyof V ? unknown : never }>(shape: T): T =>
    shape;

/** `schema`'s value passed through `convert`; `convert` throws SchemaError for what it cannot use. */
export const as =
  <A, B>(schema: Schema<A>, convert: (value: A, path: string) => B): Schema<B> =>
  (value, path) =>
    convert(schema(value, path), path);

/** LoyaltyLion's currency (`usd`) as ISO 4217 (`USD`). */
export const isoCurrency = as(string(), (code, path) => {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) throw new SchemaError(`${path}: expected ISO 4217, got ${code}`);
  return upper;
});

/**
 * A `CurrencyAmount` (a decimal in major units: `9.9` dollars, `100` yen) in
 * the currency's minor units, by its ISO 4217 exponent (USD 2, JPY 0, BHD 3;
 * core's `minorUnitDigits`, checked against Intl). Exact: the decimal is read
 * as text, never multiplied as a float. Negative or non-finite amounts do not
 * match.
 */
export const money = (currency: string): Schema<Money> =>
  as(object(fields<Wire['CurrencyAmount']>()({ amount: number() })), ({ amount }, path) => {
    const parsed = parseMoney(String(amount), currency);
    if (!parsed)
      throw new SchemaError(`${path}.amount: expected a ${currency} amount, got ${amount}`);
    return parsed;
  });

/** How often a rule or reward may be used: LoyaltyLion's `{ count, interval }`. */
export const limit = object({
  count: integer(),
  interval: (value: unknown, path: string) =>
    value === null ? null : oneOf(['day', 'week', 'month', 'year'] as const)(value, path),
});
