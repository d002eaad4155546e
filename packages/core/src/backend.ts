import type { Customer, Program } from './types.ts';

/**
 * The contract every loyalty backend implements for the widgets. The HTTP
 * client implements it against the Storefront API; a merchant may implement it
 * directly against their own engine.
 *
 * Methods reject only with {@link LoyaltyError}.
 *
 * @example
 * ```ts
 * const backend: LoyaltyBackend = createHttpBackend({ apiUrl, publishableKey });
 * const program = await backend.getProgram();
 * ```
 */
export interface LoyaltyBackend {
  /** The public programme: rules, rewards, tiers. */
  getProgram(options?: RequestOptions): Promise<Program>;
  /** The signed-in customer, or `null` for a guest (no customer token). */
  getCustomer(options?: RequestOptions): Promise<Customer | null>;
}

/** Per-call options every backend method accepts. */
export interface RequestOptions {
  /** Aborts the call; the promise then rejects with a `timeout` or `network_error` LoyaltyError. */
  signal?: AbortSignal;
}
