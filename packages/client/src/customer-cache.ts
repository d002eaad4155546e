import type { Customer } from '@loyaltykit/core';
import type { ProgramStorage } from './program-cache.ts';

/** One storage item, beside the programme's: the last customer shown in the tab. */
const ITEM = 'loyaltykit:customer';

/**
 * The `sub` claim of a compact JWT, unverified, or `undefined`. Only the
 * server trusts a token; here the subject just names whose customer a stored
 * entry is, so a page for another shopper never shows it.
 */
export function tokenSubject(token: string | undefined): string | undefined {
  try {
    const payload = (token as string).split('.')[1] as string;
    const { sub } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The customer last shown for one subject (a token's `sub`) of one API
 * (`key`: its URL, publishable key and locale), in `storage`, so the next
 * page view of the visit can paint the shopper's numbers before its
 * bootstrap answers (which then replaces them). What storage holds is read
 * through `read` (the client's schema) again; storage that throws, is full or
 * holds anything else costs the cache, never the page. A guest or another
 * shopper empties it.
 */
export function createCustomerCache(
  key: string,
  read: (stored: unknown) => Customer | undefined,
  storage?: ProgramStorage,
) {
  return {
    get(subject: string | undefined): Customer | undefined {
      try {
        const [k, s, stored] = JSON.parse(storage?.getItem(ITEM) || '[]') as unknown[];
        return subject && k === key && s === subject ? read(stored) : undefined;
      } catch {
        return undefined;
      }
    },
    set(subject: string | undefined, customer: Customer | null): void {
      try {
        const text = subject && customer ? JSON.stringify([key, subject, customer]) : '';
        // A guest's page views find it empty already: no write each time.
        if (text || storage?.getItem(ITEM)) storage?.setItem(ITEM, text);
      } catch {
        // Full, disabled or throwing storage: the next page waits for its answer.
      }
    },
  };
}
