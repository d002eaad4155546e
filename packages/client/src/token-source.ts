import { LoyaltyError } from '@loyaltykit/core';

/**
 * Returns a fresh customer token (a JWT minted by the merchant's server), or
 * `null`/`undefined` when the shopper is not signed in (any more). Called
 * when the backend has no token yet and when the server answers
 * `token_expired`; concurrent refreshes share one call.
 *
 * @example
 * ```ts
 * const tokenProvider: TokenProvider = async () => {
 *   const response = await fetch('/apps/loyalty/customer-token'); // your server mints it
 *   return response.ok ? response.text() : null;
 * };
 * ```
 */
export type TokenProvider = () => Promise<string | null | undefined> | string | null | undefined;

/** The customer token of one backend: the initial one, then whatever the provider returns. */
export interface TokenSource {
  /** The token to send now; asks the provider when there is none yet. */
  current(): Promise<string | undefined>;
  /**
   * A token newer than `stale` (which the server called expired), or
   * `undefined` when the provider has none. Concurrent requests that all hit
   * `token_expired` share one provider call.
   */
  refresh(stale: string): Promise<string | undefined>;
  /** The token held now, if any, without asking the provider. */
  latest(): string | undefined;
  readonly canRefresh: boolean;
}

/**
 * The customer token of one backend: `initial` until the server calls it
 * expired, then whatever `provider` returns (one shared call at a time).
 */
export function createTokenSource(initial?: string, provider?: TokenProvider): TokenSource {
  let token = initial || undefined;
  let asking: Promise<string | undefined> | undefined;

  const ask = (): Promise<string | undefined> => {
    if (!provider) return Promise.resolve(token);
    // Through a resolved promise, so a provider that throws synchronously still settles here.
    asking ??= Promise.resolve()
      .then(provider)
      .then(
        (next) => {
          token = next || undefined;
          return token;
        },
        (cause: unknown) => {
          throw new LoyaltyError('unauthorized', 'The tokenProvider failed', { cause });
        },
      )
      .finally(() => {
        asking = undefined;
      });
    return asking;
  };

  return {
    current: () => (token ? Promise.resolve(token) : ask()),
    refresh: (stale) => (token && token !== stale ? Promise.resolve(token) : ask()),
    latest: () => token,
    canRefresh: provider !== undefined,
  };
}
