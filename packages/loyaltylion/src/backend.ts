import {
  array,
  boolean,
  createSingleFlight,
  createTokenSource,
  DEFAULT_RETRY,
  fetchOnce,
  isTransientStatus,
  object,
  parse,
  parseJson,
  type RetryPolicy,
  type Schema,
  sleep,
  toJson,
  withRetries,
} from '@loyaltykit/client/adapter-kit';
import {
  type Customer,
  isLoyaltyError,
  type LedgerEntry,
  type LoyaltyBackend,
  LoyaltyError,
  type Program,
  type RedemptionResult,
} from '@loyaltykit/core';
import { errorOf } from './errors.ts';
import { createExactlyOnce, type Found } from './exactly-once.ts';
import {
  balanceOf,
  claimedReward,
  customerState,
  type EnrolledCustomer,
  historyAction,
  toCustomer,
  toLedger,
  toRedemption,
} from './read-customer.ts';
import { type ReadProgram, readProgram } from './read-program.ts';
import { isoCurrency, type Wire } from './wire.ts';

/** A session token and the shopper it was minted for, as the merchant's server returns them. */
export interface LoyaltyLionSession {
  /** The customer session token, signed by the merchant's server with the site's SDK secret. */
  token: string;
  /** The shopper's id in the shop (LoyaltyLion's `merchant_id`), the one the token is for. */
  customerId: string;
}

/**
 * Returns a fresh session for the signed-in shopper, or `null`/`undefined`
 * for a guest. Called when the adapter has none yet and again when
 * LoyaltyLion refuses the current token (401); concurrent refreshes share one
 * call.
 */
export type SessionTokenProvider = () =>
  | Promise<LoyaltyLionSession | null | undefined>
  | LoyaltyLionSession
  | null
  | undefined;

/** Options of {@link createLoyaltyLionBackend}. */
export interface LoyaltyLionOptions {
  /** The LoyaltyLion site id (the number after `/sites/` in LoyaltyLion's admin URL). */
  siteId: number;
  /** Sessions for the signed-in shopper; absent on pages that never sign anyone in. */
  tokenProvider?: SessionTokenProvider;
  /**
   * The site configuration (the body of `GET …/configuration`) for guests, who
   * have no session token to read it with: typically fetched by the
   * merchant's server with its API key and cached. Without it, a guest gets
   * `unauthorized` from `getProgram`.
   */
  guestConfiguration?: () => Promise<unknown>;
  /**
   * The shopper's current cart id, which LoyaltyLion links a free-product
   * redemption to. Without it, free-product rewards (the only ones LoyaltyLion
   * refunds) are not offered.
   */
  cartId?: () => string | undefined;
  /** The sales channel LoyaltyLion filters rules and rewards by. Default `web`. */
  channel?: Wire['SupportedChannel'];
  /** A configured language of the site for LoyaltyLion's texts; default the site's own. */
  language?: string;
  /** Default `https://api.loyaltylion.com`; tests and the demo point it at a fake. */
  baseUrl?: string;
  /** `fetch` to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Milliseconds before one attempt is abandoned with a `timeout` error. Default 8000. */
  timeoutMs?: number;
  /** Retries of reads (never of a redeem: see the README's "Exactly once"). */
  retry?: Partial<RetryPolicy>;
  /** Source of backoff jitter in [0, 1); tests pin it. */
  random?: () => number;
  /** Waits between retries; tests make it instant. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The Headless API version this adapter speaks (the vendored document's). */
const VERSION = '2025-06';
/** LoyaltyLion keeps only the month and day where a programme is set so; otherwise this year is stored. */
const BIRTH_YEAR = 2000;

interface Call {
  method: 'GET' | 'POST';
  /** Path under `/headless/{version}/{site_id}`, for the session's shopper. */
  path: (customerId: string) => string;
  body?: (customerId: string) => unknown;
  /** Other meanings of LoyaltyLion's codes for this operation. */
  overrides?: Parameters<typeof errorOf>[2];
}

/**
 * The {@link LoyaltyBackend} for LoyaltyLion's Headless API, called from the
 * storefront with the shopper's own session token (minted and signed by the
 * merchant's server, so no API key reaches the page). Every response is read
 * strictly and forward-compatibly into the core types: money by the
 * currency's ISO 4217 exponent, unknown kinds dropped. Capabilities say what
 * LoyaltyLion allows: a cancel only refunds a free product, variable rewards
 * and referrals are not offered. A redemption happens at most once per
 * intent even when an answer is lost (see {@link createExactlyOnce}).
 *
 * @example
 * ```ts
 * const backend = createLoyaltyLionBackend({
 *   siteId: 12345,
 *   tokenProvider: () => fetch('/apps/loyalty/session').then((r) => (r.ok ? r.json() : null)),
 * });
 * const customer = await backend.getCustomer(); // null for a guest
 * ```
 */
export function createLoyaltyLionBackend(options: LoyaltyLionOptions): LoyaltyBackend {
  const base = `${(options.baseUrl ?? 'https://api.loyaltylion.com').replace(/\/+$/, '')}/headless/${VERSION}/${options.siteId}`;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-LoyaltyLion-Channel': options.channel ?? 'web',
    ...(options.language && { 'X-LoyaltyLion-Language': options.language }),
  };

  // The client's token source over the session's token; the shopper id travels with it.
  let session: LoyaltyLionSession | undefined;
  const tokens = createTokenSource(
    undefined,
    options.tokenProvider &&
      (async () => {
        const next = await options.tokenProvider?.();
        session = next?.token && next.customerId ? next : undefined;
        return session?.token;
      }),
  );
  const share = createSingleFlight();
  const redeemOnce = createExactlyOnce();
  let known: ReadProgram | undefined;
  /** The claimed reward ids of the last read of each shopper: the "before" of a new intent. */
  const claims = new Map<string, ReadonlySet<number>>();

  /** One exchange; reads are retried while that is safe and useful, writes never are. */
  async function exchange(call: Call, token: string, customerId: string, signal?: AbortSignal) {
    const path = call.path(customerId);
    const label = `${call.method} ${path}`;
    const body = call.body && toJson(call.body(customerId));
    const init: RequestInit = {
      method: call.method,
      headers: {
        ...headers,
        Authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body }),
    };
    const reply = await withRetries(
      () =>
        fetchOnce(
          options.fetch ?? globalThis.fetch,
          base + path,
          init,
          options.timeoutMs ?? 8000,
          label,
          signal,
        ),
      {
        repeatable: call.method === 'GET',
        policy,
        random,
        wait,
        signal,
        transient: (r) => !r || isTransientStatus(r.status),
      },
    );
    return { reply, label };
  }

  /** The call for the current shopper; the body of its 2xx answer, or its typed error. */
  async function perform(call: Call, signal?: AbortSignal): Promise<unknown> {
    let token = await tokens.current();
    const shopper = session?.customerId;
    if (!token || !shopper) throw new LoyaltyError('unauthorized', 'No LoyaltyLion session token');
    let { reply, label } = await exchange(call, token, shopper, signal);
    if (reply.status === 401 && tokens.canRefresh) {
      // A refused token did nothing: asking again with a fresh one is safe, for this shopper.
      token = await tokens.refresh(token);
      if (!token) throw errorOf(label, reply);
      if (session?.customerId !== shopper)
        throw new LoyaltyError('identity_changed', `${label}: the shopper changed`);
      ({ reply, label } = await exchange(call, token, shopper, signal));
    }
    if (reply.status < 200 || reply.status > 299) throw errorOf(label, reply, call.overrides);
    return parseJson(reply.text);
  }

  /** Reads a body with `schema`; what does not match becomes `invalid_response`, once. */
  function read<T>(schema: Schema<T>, body: unknown, label: string): T {
    try {
      const [value, dropped] = parse(schema, body);
      warn(label, dropped);
      return value;
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new LoyaltyError(
        'invalid_response',
        `${label} returned an unexpected body (${reason})`,
        {
          cause,
        },
      );
    }
  }

  function learn(body: unknown, label: string): ReadProgram {
    const freeProducts = options.cartId !== undefined;
    try {
      known = readProgram(body, { siteId: options.siteId, freeProducts });
    } catch (cause) {
      throw new LoyaltyError('invalid_response', `${label}: unreadable configuration`, { cause });
    }
    warn(label, known.dropped);
    return known;
  }

  async function program(signal?: AbortSignal): Promise<Program> {
    if (await tokens.current()) {
      const call: Call = { method: 'GET', path: () => '/configuration' };
      const body = await share('configuration', (shared) => perform(call, shared), signal);
      return learn(body, 'GET /configuration').program;
    }
    if (!options.guestConfiguration)
      throw new LoyaltyError('unauthorized', 'A guest has no session token to read the programme');
    let body: unknown;
    try {
      body = await options.guestConfiguration();
    } catch (cause) {
      throw new LoyaltyError('network_error', 'guestConfiguration failed', { cause });
    }
    return learn(body, 'guestConfiguration').program;
  }

  /** The signed-in shopper as LoyaltyLion has them now; `null` for a guest or a blocked shopper. */
  async function member(fresh: boolean, signal?: AbortSignal) {
    const call: Call = { method: 'GET', path: (id) => `/customers/${encodeURIComponent(id)}` };
    const body = fresh
      ? await perform(call, signal)
      : await share('customer', (shared) => perform(call, shared), signal);
    const label = 'GET /customers/{merchant_id}';
    const { currency } = read(object({ currency: isoCurrency }), body, label);
    const { customer } = read(object({ customer: customerState(currency) }), body, label);
    // The answer carries the whole configuration: the freshest programme there is.
    const configuration = (body as { configuration?: unknown }).configuration;
    const { program } =
      configuration === undefined ? await knowledge() : learn(configuration, label);
    if (customer.state !== 'enrolled') return null;
    const member = customer as EnrolledCustomer;
    claims.set(member.merchant_id, new Set(member.claimed_rewards.map((c) => c.id)));
    return { member, program };
  }

  /** The programme as last read, reading it first if need be. */
  async function knowledge(): Promise<ReadProgram> {
    if (!known) await program();
    return known as ReadProgram;
  }

  /** `request` for the current shopper, after it was answered: `found` names its claimed reward. */
  const asFound = (claimed: Parameters<typeof toRedemption>[0], m: EnrolledCustomer): Found => {
    const redemption = toRedemption(claimed);
    if (!redemption)
      throw new LoyaltyError('invalid_response', 'The redemption gave no usable code');
    return { claimedRewardId: claimed.id, result: { redemption, balance: balanceOf(m) } };
  };

  /** A write's answer: its own part and the updated member, amounts in the site's currency. */
  async function withCustomer<T>(
    label: string,
    body: unknown,
    own: (currency: string) => Schema<T>,
  ): Promise<{ own: T; member: EnrolledCustomer }> {
    const { currency } = (await knowledge()).program;
    const { customer } = read(object({ customer: customerState(currency) }), body, label);
    if (customer.state !== 'enrolled')
      throw new LoyaltyError('unauthorized', `${label}: the shopper is not a member`);
    return { own: read(own(currency), body, label), member: customer as EnrolledCustomer };
  }

  return {
    getProgram: (request) => guard(program(request?.signal)),

    getCustomer: (request) =>
      guard(
        (async (): Promise<Customer | null> => {
          if (!(await tokens.current())) return null;
          const found = await member(false, request?.signal);
          return found && toCustomer(found.member, found.program);
        })(),
      ),

    getActivity: (cursor, request) =>
      guard(
        (async () => {
          // The history comes whole with the customer: there is no older page.
          if (cursor) return { entries: [] as LedgerEntry[] };
          const found = await member(false, request?.signal);
          return { entries: found ? toLedger(found.member.history) : [] };
        })(),
      ),

    redeem: ({ rewardId, points, idempotencyKey }, request) =>
      guard(
        (async (): Promise<RedemptionResult> => {
          if (points !== undefined)
            throw new LoyaltyError(
              'validation_failed',
              'LoyaltyLion has no variable rewards to redeem',
            );
          const target = (await knowledge()).rewards.get(rewardId);
          const cartId = target?.endpoint === 'product_cart' ? options.cartId?.() : undefined;
          if (!target || (target.endpoint === 'product_cart' && !cartId))
            throw new LoyaltyError(
              'reward_unavailable',
              `Reward ${rewardId} cannot be redeemed here`,
            );
          const label = `POST /rewards/${target.endpoint}/redeem`;
          const signal = request?.signal;
          return redeemOnce(idempotencyKey, {
            rewardId: target.rewardId,
            claimedBefore: async () => {
              const cached = session && claims.get(session.customerId);
              if (cached) return cached;
              const found = await member(true, signal);
              return new Set(found?.member.claimed_rewards.map((c) => c.id));
            },
            send: async () => {
              const body = await perform(
                {
                  method: 'POST',
                  path: () => `/rewards/${target.endpoint}/redeem`,
                  body: (customerId) =>
                    target.endpoint === 'product_cart'
                      ? ({
                          reward_id: target.rewardId,
                          customer_merchant_id: customerId,
                          variant_id: target.variantId ?? '',
                          cart_id: cartId ?? '',
                        } satisfies Wire['RewardsRedeemProductCartRequestBody'])
                      : ({
                          reward_id: target.rewardId,
                          customer_merchant_id: customerId,
                        } satisfies Wire['RewardsRedeemCartDiscountVoucherRequestBody'] &
                          Wire['RewardsRedeemFreeShippingVoucherRequestBody']),
                },
                signal,
              );
              const { own, member: m } = await withCustomer(label, body, (currency) =>
                object({ claimed_reward: claimedReward(currency) }),
              );
              const { claimed_reward } = own;
              claims.set(m.merchant_id, new Set(m.claimed_rewards.map((c) => c.id)));
              return asFound(claimed_reward, m);
            },
            find: async (match) => {
              const found = await member(true, signal);
              const claimed = found?.member.claimed_rewards.find(
                (c) =>
                  c.source.kind === 'points_redemption' &&
                  match({ id: c.id, rewardId: c.reward_id }),
              );
              return claimed && found ? asFound(claimed, found.member) : undefined;
            },
          });
        })(),
      ),

    cancelRedemption: (redemptionId, request) =>
      guard(
        (async (): Promise<RedemptionResult> => {
          const claimedId = Number(redemptionId);
          if (!Number.isSafeInteger(claimedId))
            throw new LoyaltyError('not_found', `No redemption ${redemptionId}`);
          const label = 'POST /rewards/product_cart/refund';
          const body = await perform(
            {
              method: 'POST',
              path: () => '/rewards/product_cart/refund',
              body: () =>
                ({
                  claimed_reward_id: claimedId,
                }) satisfies Wire['RewardsRefundProductCartRequestBody'],
              // Only free products in a cart are refunded: anything else cannot be cancelled.
              overrides: { reward_kind_mismatch: 'redemption_not_cancellable' },
            },
            request?.signal,
          );
          const { own, member: m } = await withCustomer(label, body, (currency) =>
            object({ claimed_reward: claimedReward(currency) }),
          );
          const { claimed_reward } = own;
          return asFound(claimed_reward, m).result;
        })(),
      ),

    claimAction: (ruleId, request) =>
      guard(
        (async () => {
          const action = (await knowledge()).actions.get(ruleId);
          if (!action) throw new LoyaltyError('not_found', `No action rule ${ruleId}`);
          const label = `POST /rules/${action.endpoint}/complete`;
          const body = await perform(
            {
              method: 'POST',
              path: () => `/rules/${action.endpoint}/complete`,
              body: (customerId) =>
                ({
                  rule_id: action.ruleId,
                  customer_merchant_id: customerId,
                }) satisfies Wire['RulesCompleteInstagramFollowRequestBody'],
            },
            request?.signal,
          );
          const { own, member: m } = await withCustomer(label, body, () =>
            object({ actions: array(historyAction) }),
          );
          const entry = toLedger(own.actions).find((line) => line.kind === 'earn');
          if (!entry) throw new LoyaltyError('invalid_response', `${label}: no points were earned`);
          return { entry, balance: balanceOf(m) };
        })(),
      ),

    setBirthday: ({ month, day }, request) =>
      guard(
        (async () => {
          const label = 'POST /customers/{merchant_id}/birthday';
          const body = await perform(
            {
              method: 'POST',
              path: (id) => `/customers/${encodeURIComponent(id)}/birthday`,
              body: () =>
                ({
                  birthday: { month, day, year: BIRTH_YEAR },
                }) satisfies Wire['CustomersSetBirthdayRequestBody'],
            },
            request?.signal,
          );
          const { own, member: m } = await withCustomer(label, body, () =>
            object({ updated: boolean() }),
          );
          if (!own.updated)
            throw new LoyaltyError('birthday_already_set', 'The birthday is already set');
          return toCustomer(m, (await knowledge()).program);
        })(),
      ),
  };
}

/** Every rejection a LoyaltyError: what is left is a caller's abort (or a bug). */
function guard<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (isLoyaltyError(error)) throw error;
    throw new LoyaltyError('network_error', 'LoyaltyLion request failed', { cause: error });
  });
}

function warn(label: string, dropped: readonly string[]) {
  if (dropped.length)
    console.warn(`[LoyaltyKit] ${label}: ignored what this adapter cannot read`, dropped);
}
