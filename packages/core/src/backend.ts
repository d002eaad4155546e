import type {
  ActivityPage,
  Balance,
  Cart,
  Customer,
  LedgerEntry,
  Program,
  Redemption,
} from './types.ts';

/** Per-call options every backend method accepts. */
export interface RequestOptions {
  /** Aborts the call; the promise then rejects with a `timeout` or `network_error` LoyaltyError. */
  signal?: AbortSignal;
}

/** A shopper's intent to redeem a reward. */
export interface RedeemRequest {
  rewardId: string;
  /** Points to spend, for `variable` rewards only (a multiple of the reward's `pointsStep`). */
  points?: number;
  /** The cart the code is for, so the backend can check the minimum order. */
  cart?: Cart;
  /**
   * One key per shopper intent (one click on "Redeem"), reused for every retry
   * of that intent: the backend replays the first answer instead of redeeming twice.
   */
  idempotencyKey: string;
}

/** A balance change and what caused it. */
export interface RedemptionResult {
  redemption: Redemption;
  balance: Balance;
}

/** What a page needs before it can paint: the programme and the shopper, together. */
export interface Bootstrap {
  program: Program;
  /** `null` for a guest (no customer token). */
  customer: Customer | null;
}

export interface ActionResult {
  entry: LedgerEntry;
  balance: Balance;
}

/**
 * The contract every loyalty backend implements for the widgets. The HTTP
 * client implements it against the Storefront API; a merchant may implement
 * it directly against their own engine.
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
  /**
   * The public programme: rules, rewards, tiers, bonus events, referral offer,
   * and the backend's `capabilities`: a backend that cannot do one of the
   * optional parts below (cancel, birthday, actions, activity, quote) says so
   * there, and widgets check it with `can(program, ...)` before offering it.
   */
  getProgram(options?: RequestOptions): Promise<Program>;
  /** The signed-in customer, or `null` for a guest (no customer token). */
  getCustomer(options?: RequestOptions): Promise<Customer | null>;
  /**
   * The programme and the customer in one round trip, for a page's first
   * load. Optional: without it the model calls `getProgram` and `getCustomer`
   * at once. Rejects as `getCustomer` does for a token the backend refuses
   * (`unauthorized`, `token_expired`); the model then loads the programme
   * alone and shows the guest view.
   */
  bootstrap?(options?: RequestOptions): Promise<Bootstrap>;
  /** The points ledger, newest first; pass `nextCursor` for older entries. */
  getActivity(cursor?: string, options?: RequestOptions): Promise<ActivityPage>;
  /** Spends points on a reward and issues its code. Exactly once per `idempotencyKey`. */
  redeem(request: RedeemRequest, options?: RequestOptions): Promise<RedemptionResult>;
  /** Cancels an unused redemption and refunds its points. */
  cancelRedemption(redemptionId: string, options?: RequestOptions): Promise<RedemptionResult>;
  /** Claims an action rule the shopper completed (social follow, share). */
  claimAction(ruleId: string, options?: RequestOptions): Promise<ActionResult>;
  /** Records the shopper's birthday, once. */
  setBirthday(
    birthday: { month: number; day: number },
    options?: RequestOptions,
  ): Promise<Customer>;
  /**
   * Points an order with this cart would earn, for backends whose rules cannot
   * be expressed declaratively in the programme. Optional: widgets otherwise
   * compute points with `pointsForCart` from the programme.
   */
  quote?(cart: Cart, options?: RequestOptions): Promise<{ points: number }>;
}
