// A stress "locale" for stories: English stretched the way long translations
// are. German runs about a third longer than English and builds long
// compounds; Finnish and Russian longer still. Every word here is doubled into
// one unbreakable word with umlauts ("Rewards" → "Rewardsrewärds"), so each
// message is about twice as long and its words are German-compound long,
// while placeholders ({count}, {tier}) and plural forms still work.
import { type Catalog, createTranslator, en, type I18n, type Message } from '@loyaltykit/core';

/** The locale toolbar's value for this catalog. */
export const LONG_STRINGS = 'long';

const UMLAUTS: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };

/** `Rewards` → `Rewardsrewärds`; placeholders and numbers are left alone. */
export function stretch(text: string): string {
  return text.replace(/\{\w+\}|\p{L}{2,}/gu, (word) =>
    word.startsWith('{')
      ? word
      : word + word.toLowerCase().replace(/[aou]/g, (c) => UMLAUTS[c] ?? c),
  );
}

const stretchMessage = (message: Message): Message =>
  typeof message === 'string'
    ? stretch(message)
    : (Object.fromEntries(
        Object.entries(message).map(([form, text]) => [form, stretch(text as string)]),
      ) as Message);

/** Every English message, stretched. */
export const longCatalog = Object.fromEntries(
  Object.entries(en).map(([key, message]) => [key, stretchMessage(message)]),
) as Catalog;

/**
 * A translator speaking the stretched catalog, with English numbers and
 * plurals (the strings are what is being stressed, not the number formats).
 */
export const createLongI18n = (): I18n => createTranslator('en', longCatalog);
